using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Security;

/// <summary>Creating and managing people's accounts, for the setup page, the users page and the command line.</summary>
public sealed class UserAccounts(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, SetupState setup)
{
    public async Task<IdentityUser> CreateAsync(string email, string password, string role)
    {
        if (!Roles.All.Contains(role))
        {
            throw AppException.Invalid($"'{role}' is not a role; use {string.Join(", ", Roles.All)}.");
        }
        await EnsureRolesAsync();
        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim() };
        ThrowIfFailed(await users.CreateAsync(user, password));
        ThrowIfFailed(await users.AddToRoleAsync(user, role));
        if (role == Roles.Admin)
        {
            setup.AdminCreated();
        }
        return user;
    }

    /// <summary>The first admin: refused once an admin exists, so the setup page cannot be used twice.</summary>
    public async Task<IdentityUser> CreateFirstAdminAsync(string email, string password)
    {
        if (await setup.HasAdminAsync())
        {
            throw AppException.Conflict("An admin already exists. Sign in, or ask an admin for an account.");
        }
        return await CreateAsync(email, password, Roles.Admin);
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var result = new List<UserAccount>(all.Count);
        foreach (var user in all)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            result.Add(new UserAccount(user.Id, user.Email ?? user.UserName ?? user.Id, role, user.LockoutEnd > DateTimeOffset.UtcNow));
        }
        return result;
    }

    public async Task SetRoleAsync(string userId, string role)
    {
        var user = await FindAsync(userId);
        if (!Roles.All.Contains(role))
        {
            throw AppException.Invalid($"'{role}' is not a role.");
        }
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && role != Roles.Admin)
        {
            await RefuseRemovingLastAdminAsync();
        }
        ThrowIfFailed(await users.RemoveFromRolesAsync(user, current));
        ThrowIfFailed(await users.AddToRoleAsync(user, role));
        // Ends the person's open sessions: they sign in again with the new role.
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }

    public async Task SetLockedAsync(string userId, bool locked)
    {
        var user = await FindAsync(userId);
        if (locked && (await users.GetRolesAsync(user)).Contains(Roles.Admin))
        {
            await RefuseRemovingLastAdminAsync();
        }
        ThrowIfFailed(await users.SetLockoutEnabledAsync(user, true));
        ThrowIfFailed(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null));
        if (locked)
        {
            ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        }
        else
        {
            ThrowIfFailed(await users.ResetAccessFailedCountAsync(user));
        }
    }

    public async Task DeleteAsync(string userId)
    {
        var user = await FindAsync(userId);
        if ((await users.GetRolesAsync(user)).Contains(Roles.Admin))
        {
            await RefuseRemovingLastAdminAsync();
        }
        ThrowIfFailed(await users.DeleteAsync(user));
    }

    private async Task RefuseRemovingLastAdminAsync()
    {
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count(u => u.LockoutEnd is null || u.LockoutEnd < DateTimeOffset.UtcNow) <= 1)
        {
            throw AppException.Conflict("This is the last admin who can sign in; make someone else an admin first.");
        }
    }

    private async Task<IdentityUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw AppException.NotFound("user", userId);

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw AppException.Invalid(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
