using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Changes a workflow's draft through the workflow commands, as the editor saves it; the API itself has no draft update.</summary>
internal static class WorkflowDrafts
{
    public static Task SaveDraftAsync(this AppFactory app, string workflowId, string workflowJson) =>
        app.Services.GetRequiredService<WorkflowCommands>().SaveDraftAsync(workflowId, WorkflowJson.Parse(workflowJson), "designer@example.com");
}
