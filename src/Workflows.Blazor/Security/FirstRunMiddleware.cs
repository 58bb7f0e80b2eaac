namespace Workflows.Blazor.Security;

/// <summary>
/// Until the first admin exists, every page leads to <c>/setup</c>. The API (with a key), webhooks, email tracking and
/// the app's static files keep working, so automation can be set up headless.
/// </summary>
public sealed class FirstRunMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/setup";

    private static readonly string[] AlwaysOpen = ["/setup", "/api", "/webhooks", "/t", "/openapi", "/documents", "/_framework", "/_content", "/_blazor", "/not-found", "/health", "/metrics"];

    public async Task InvokeAsync(HttpContext context, SetupState setup)
    {
        var path = context.Request.Path;
        var isOpen = AlwaysOpen.Any(prefix => path.StartsWithSegments(prefix)) || Path.HasExtension(path.Value);
        if (!isOpen && HttpMethods.IsGet(context.Request.Method) && !await setup.HasAdminAsync(context.RequestAborted))
        {
            context.Response.Redirect(SetupPath);
            return;
        }
        await next(context);
    }
}
