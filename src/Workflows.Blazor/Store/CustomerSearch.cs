using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Store;

/// <summary>Finds customers for pickers, such as the test run's contact: by part of the name or email, or by the exact id.</summary>
public sealed class CustomerSearch(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<CustomerChoice>> FindAsync(string? text, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var wanted = text.Trim();
            var pattern = $"%{wanted}%";
            customers = customers.Where(c => EF.Functions.Like(c.Name, pattern) || EF.Functions.Like(c.Email, pattern) || c.Id == wanted);
        }
        return await customers.OrderBy(c => c.Name).Take(take)
            .Select(c => new CustomerChoice(c.Id, c.Name, c.Email))
            .ToListAsync(cancellationToken);
    }
}
