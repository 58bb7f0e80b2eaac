namespace Workflows.Blazor.Security;

/// <summary>
/// A state-changing API call made with the sign-in cookie must carry an <c>X-Requested-With</c> header. A form on
/// another site (even on another port of the same host, where SameSite does not help) cannot add a header, and a
/// script there cannot either without a CORS permission the app never grants. Calls with an API key carry no cookie risk.
/// </summary>
public sealed class CookieApiCallGuard(RequestDelegate next)
{
    public const string HeaderName = "X-Requested-With";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var refused = request.Path.StartsWithSegments("/api")
            && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            && !request.Headers.ContainsKey(ApiKeys.HeaderName)
            && !request.Headers.ContainsKey(HeaderName)
            && context.User.Identity?.IsAuthenticated == true;
        if (!refused)
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Results.Problem(statusCode: StatusCodes.Status403Forbidden,
            title: "Signed-in API calls need a header",
            detail: $"A call that changes something, made with the sign-in cookie, must send an {HeaderName} header; automation sends an {ApiKeys.HeaderName} header instead.")
            .ExecuteAsync(context);
    }
}
