using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Workflows.Blazor.Security;

public static class AccountEndpoints
{
    /// <summary><c>POST /account/logout</c> from the user menu's form (antiforgery-checked).</summary>
    public static RouteHandlerBuilder MapAccountEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<IdentityUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization(Policies.Read);
}
