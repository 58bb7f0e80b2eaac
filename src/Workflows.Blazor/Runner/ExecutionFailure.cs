using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Runner;

/// <summary>The <c>execution.failed</c> event a run raises when it fails, and which runs raise none.</summary>
internal static class ExecutionFailure
{
    /// <summary>
    /// Test runs raise none, and neither does a run an <c>execution.failed</c> event started: a workflow that handles
    /// failures and fails itself would otherwise start itself again, without end.
    /// </summary>
    public static bool Raises(ExecutionEntity execution) =>
        !execution.IsTest
        && !(execution.TriggerType == TriggerTypes.Event
             && RunnerJson.Node(execution.TriggerInfoJson) is JsonObject info
             && info["eventType"]?.GetValue<string>() == DomainEventNames.ExecutionFailed);

    public static async Task<JsonObject> DataAsync(AppDbContext db, ExecutionEntity execution, CancellationToken cancellationToken) => new()
    {
        ["executionId"] = execution.Id,
        ["workflowId"] = execution.WorkflowId,
        ["workflowName"] = await db.Workflows.Where(w => w.Id == execution.WorkflowId).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken),
        ["failedStep"] = execution.FailedStep,
        ["error"] = execution.Error,
        ["startedBy"] = execution.TriggerType,
        ["subjectId"] = execution.SubjectId,
    };
}
