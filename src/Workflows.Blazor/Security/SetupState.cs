using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Security;

/// <summary>Whether the first admin exists yet. Until then, every page leads to the setup page.</summary>
public sealed class SetupState(IDbContextFactory<AppDbContext> contexts)
{
    private volatile bool _hasAdmin;

    public async Task<bool> HasAdminAsync(CancellationToken cancellationToken = default)
    {
        if (_hasAdmin)
        {
            return true;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        _hasAdmin = adminRole is not null && await db.UserRoles.AnyAsync(ur => ur.RoleId == adminRole, cancellationToken);
        return _hasAdmin;
    }

    public void AdminCreated() => _hasAdmin = true;
}
