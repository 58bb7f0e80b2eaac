using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Workflows.Blazor.Security;

/// <summary>
/// Checks an open page's (circuit's) sign-in every <see cref="Interval"/>: once the account is deleted, or its security
/// stamp changed (locked, role changed, password changed), the page's user is signed out like the cookie is.
/// </summary>
public sealed class SessionRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>How often an open page's sign-in is checked; the same as the sign-in cookie's check.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillSignedInAsync(authenticationState.User);

    /// <summary>True while the account behind <paramref name="user"/> exists and has the security stamp it signed in with.</summary>
    public async Task<bool> IsStillSignedInAsync(ClaimsPrincipal user)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var account = await users.GetUserAsync(user);
        if (account is null)
        {
            return false;
        }
        var stamp = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(account);
    }
}
