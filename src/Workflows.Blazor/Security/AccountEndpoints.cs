using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Workflows.Blazor.Security;

public static class AccountEndpoints
{
    /// <summary>
    /// <c>POST /account/logout</c> from the user menu's form. The token is checked here rather than by form binding,
    /// so any request without it (no body, JSON, a form from elsewhere) gets the same 400 problem.
    /// </summary>
    public static RouteHandlerBuilder MapAccountEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Sign-out needs the form's token",
                    detail: "Sign out from the menu in the app; reload the page first if it has been open for long.");
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).DisableAntiforgery().RequireAuthorization(Policies.Read);
}
