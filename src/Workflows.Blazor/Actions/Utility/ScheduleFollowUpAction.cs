using System.Text.Json.Nodes;
using Workflows.Blazor.Runner;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Utility;

/// <summary>Seed 000's TriggerFollowUp / schedule follow-ups: starts a workflow later, durably (the run waits as a queued row).</summary>
/// <remarks>
/// The starter is resolved when the action runs: starting a run validates workflows, and validation
/// needs the catalogue of actions, this one included.
/// </remarks>
public sealed class ScheduleFollowUpAction(IServiceProvider services, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("workflow.schedule_follow_up", "Workflows", "Starts a workflow after a delay, e.g. 3 days.",
        [
            ActionParameter.Mandatory("workflowId", ParameterType.String, "the workflow to start"),
            ActionParameter.Mandatory("delay", ParameterType.String, "how long from now, e.g. 3 days"),
            ActionParameter.Optional("input", ParameterType.Object, "the follow-up run's input"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Schedule follow-up",
        Synonyms = ["start workflow later", "run later", "delay", "follow up", "remind"],
        Outputs = [Text("executionId", "Run ID", "exec_9"), Date("startsAt", "Starts", "2026-11-05T09:00:00Z")],
        Aliases = ["schedule_follow_up", "trigger_follow_up"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var delayText = invocation.RequireString("delay");
        var delay = DurationParser.TryParse(delayText, out var parsed) ? parsed : throw new StepFailedException($"delay '{delayText}' is not a duration, e.g. 3 days.");
        var startsAt = time.GetUtcNow() + delay;
        try
        {
            var execution = await services.GetRequiredService<ExecutionStarter>().StartOnceAsync(new RunRequest(invocation.RequireString("workflowId"), invocation.GetObject("input")?.DeepClone(), "follow_up")
            {
                SubjectId = invocation.Context.State.SubjectId,
                NotBefore = startsAt,
                TriggerInfo = new JsonObject { ["scheduledBy"] = invocation.Context.State.ExecutionId },
                IdempotencyKey = invocation.IdempotencyKey,
            }, cancellationToken);
            // Run again with the same key, the action gives the run it started the first time, and when that one starts.
            return new ActionResult(new JsonObject { ["executionId"] = execution.Id, ["startsAt"] = (execution.NotBefore ?? startsAt).ToString("O") });
        }
        catch (AppException ex)
        {
            throw new StepFailedException(ex.Message);
        }
    }
}
