using MudBlazor;
using MudBlazor.Services;
using Workflows.Blazor.Api;
using Workflows.Blazor.Cli;
using Workflows.Blazor.Components;
using Workflows.Blazor.Components.Layout;
using Workflows.Blazor.Data;
using Workflows.Blazor.Documents;
using Workflows.Blazor.Editor;
using Workflows.Blazor.Experiments;
using Workflows.Blazor.Hosting;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Operations;
using Workflows.Blazor.Operations.Backups;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;
using Workflows.Blazor.Templates;

if (CliApp.IsCommand(args))
{
    return await CliApp.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRootSettings(AppPaths.FindSettingsFolder());
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 4 * 1024 * 1024);

builder.Services.AddWorkflowsCore(builder.Configuration);
builder.Services.AddWebSecurity();
builder.Services.AddSingleton<WorkflowTemplateLibrary>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddApiBodyRules();
builder.Services.AddOpenApi();
// Toasts sit in the middle of the app bar, where they cover no button of the page below.
builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter);
builder.Services.AddShell();
builder.Services.AddEditor();
builder.Services.AddOperations();
builder.Services.AddBackups();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
app.Services.GetRequiredService<DatabaseLock>().Acquire();
await app.Services.GetRequiredService<DatabaseStartup>().PrepareAsync();
app.Services.UseRunnerSchedule();
app.Services.UseBackupSchedule();
app.Services.UseStatsFold();

app.UseTrustedProxies();
app.UseExceptionHandler();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/webhooks"),
    pages => pages.UseStatusCodePagesWithReExecute("/not-found"));
// Routing after the status-code pages, so a re-executed "/not-found" request is routed to its page.
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<CookieApiCallGuard>();
app.UseMiddleware<FirstRunMiddleware>();
app.UseAuthorization();
app.UseMiddleware<Utf8BodyMiddleware>();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapOpenApi().RequireAuthorization(Policies.Read);
app.MapApi();
app.MapTracking();
app.MapAccountEndpoints();
app.MapDocumentDownloads();
app.MapOperations();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>The web app's entry point, visible to the test host.</summary>
public partial class Program;
