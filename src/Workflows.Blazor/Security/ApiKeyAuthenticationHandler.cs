using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Workflows.Blazor.Security;

/// <summary>
/// Authenticates automation by its <c>X-Api-Key</c> header. A valid key acts as an admin, so scripts
/// and the command line work before any user exists. A missing key is no result (cookies may still
/// apply); a wrong key fails with a problem that says how to get one.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyQueries keys,
    ApiKeyCommands commands) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.HeaderName, out var header))
        {
            return AuthenticateResult.NoResult();
        }
        var key = await keys.FindAsync(header.ToString(), Context.RequestAborted);
        if (key is null || !await commands.NoteUsedAsync(key, Context.RequestAborted))
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, Actor.ApiKey(key.Name)), new Claim(ClaimTypes.Role, Roles.Admin)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
            detail: $"Send a valid key in the {ApiKeys.HeaderName} header. Create one in Settings or with: apikey create NAME").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
            detail: "Your role does not allow this.").ExecuteAsync(Context);
    }
}
