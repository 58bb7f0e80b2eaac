using MudBlazor.Services;
using Workflows.Blazor.Cli;
using Workflows.Blazor.Components;
using Workflows.Blazor.Hosting;
using Workflows.Blazor.Templates;

if (CliApp.IsCommand(args))
{
    return await CliApp.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRootSettings(AppPaths.FindSettingsFolder());
builder.WebHost.UseStaticWebAssets();

builder.Services.AddWorkflowEngine(builder.Configuration);
builder.Services.AddSingleton<WorkflowTemplateLibrary>();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/not-found", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>The web app's entry point, visible to the test host.</summary>
public partial class Program;
