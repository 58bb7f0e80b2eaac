using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Runs a journey's action the way a workflow's action step does: same handlers, templating over
/// <c>{{input.contact}}</c> and <c>{{input.context}}</c>, parameter checks, and a stable idempotency key per action.
/// </summary>
public sealed class JourneyActionExecutor(WorkflowExecutor executor)
{
    public async Task<ActionOutcome> RunAsync(string key, string action, JsonObject parameters, string contactId, JsonObject input, CancellationToken cancellationToken)
    {
        var step = new StepDefinition("act", StepTypes.Action, new JsonObject { ["type"] = action, ["parameters"] = parameters.DeepClone() },
            new Dictionary<string, string> { [Ports.Error] = "end" });
        var workflow = new WorkflowDefinition($"journey action {action}", [step]);
        var journal = new InMemoryJournal();
        var state = executor.Start(workflow, new StartRequest { ExecutionId = key, WorkflowId = "journey", Input = input, SubjectId = contactId });
        await executor.RunAsync(workflow, state, journal, cancellationToken);
        var record = journal.Records.LastOrDefault();
        var used = record?.Input as JsonObject ?? parameters;
        return record is null ? new ActionOutcome(parameters, null, "The action did not run.")
            : record.Port == Ports.Error ? new ActionOutcome(used, null, record.Error ?? "The action failed.")
            : new ActionOutcome(used, record.Output, null);
    }
}
