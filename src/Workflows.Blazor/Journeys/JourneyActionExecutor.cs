using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Runner;
using Workflows.Engine.Journeys;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Runs a journey's action the way a workflow's action step does: same handlers, templating over
/// <c>{{input.contact}}</c> and <c>{{input.context}}</c>, parameter checks, and the step's stable idempotency key
/// (the handler sees it as the key of the one step it runs in). A workflow call (<c>workflow:&lt;id&gt;</c>) starts
/// that workflow instead, once per key; its result reaches the log when it ends.
/// </summary>
public sealed class JourneyActionExecutor(
    WorkflowExecutor executor,
    ExecutionStarter starter,
    ExecutionDispatcher dispatcher,
    IDbContextFactory<AppDbContext> contexts,
    TimeProvider time)
{
    public Task<ActionOutcome> RunAsync(JourneyActionRequest request, CancellationToken cancellationToken) =>
        WorkflowCall.WorkflowIdOf(request.Action) is { } workflowId
            ? StartWorkflowAsync(request, workflowId, cancellationToken)
            : RunHandlerAsync(request, cancellationToken);

    private async Task<ActionOutcome> RunHandlerAsync(JourneyActionRequest request, CancellationToken cancellationToken)
    {
        var step = new StepDefinition("act", StepTypes.Action, new JsonObject { ["type"] = request.Action, ["parameters"] = request.Parameters.DeepClone() },
            new Dictionary<string, string> { [Ports.Error] = "end" });
        var workflow = new WorkflowDefinition($"journey action {request.Action}", [step]);
        var journal = new InMemoryJournal();
        var state = executor.Start(workflow, new StartRequest { ExecutionId = request.Key, WorkflowId = "journey", Input = request.Input, SubjectId = request.ContactId });
        await executor.RunAsync(workflow, state, journal, cancellationToken);
        var record = journal.Records.LastOrDefault();
        var used = record?.Input as JsonObject ?? request.Parameters;
        return record is null ? new ActionOutcome(request.Parameters, null, "The action did not run.")
            : record.Port == Ports.Error ? new ActionOutcome(used, null, record.Error ?? "The action failed.")
            : new ActionOutcome(used, record.Output, null);
    }

    /// <summary>The run and the note to watch it are saved together, so a result is never lost nor reported twice.</summary>
    private async Task<ActionOutcome> StartWorkflowAsync(JourneyActionRequest request, string workflowId, CancellationToken cancellationToken)
    {
        var runInput = new JsonObject
        {
            ["customerId"] = request.ContactId,
            ["context"] = request.Input["context"]?.DeepClone(),
            ["input"] = request.Parameters["input"]?.DeepClone(),
        };
        try
        {
            var (execution, created) = await KeyedRecords.CreateOrFindAsync(contexts, request.Key, db => db.Executions, async db =>
            {
                var (version, definition) = await starter.VersionToRunAsync(workflowId, cancellationToken);
                var execution = starter.NewExecution(new RunRequest(workflowId, runInput, "journey")
                {
                    SubjectId = request.ContactId,
                    TriggerInfo = new JsonObject { ["journeyRunId"] = request.RunId },
                    IdempotencyKey = request.Key,
                }, version, definition);
                ExecutionStarter.Queue(db, execution);
                db.JourneyWorkflowCalls.Add(new JourneyWorkflowCallEntity
                {
                    ExecutionId = execution.Id, RunId = request.RunId, Action = request.Action, StartedAt = time.GetUtcNow(),
                });
                await db.SaveChangesAsync(cancellationToken);
                return execution;
            }, cancellationToken);
            if (created)
            {
                dispatcher.Signal(execution.Id);
            }
            return Started(request, execution);
        }
        catch (AppException ex)
        {
            return new ActionOutcome(request.Parameters, null, ex.Message);
        }
    }

    private static ActionOutcome Started(JourneyActionRequest request, ExecutionEntity execution) =>
        new(request.Parameters, new JsonObject { ["executionId"] = execution.Id, ["workflowId"] = execution.WorkflowId, ["version"] = execution.Version }, null);
}
