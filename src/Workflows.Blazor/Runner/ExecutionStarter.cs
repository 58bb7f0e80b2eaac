using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Live;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Blazor.Telemetry;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Records new executions as queued rows (the database is the record of what must run) and wakes the
/// dispatcher. A workflow that was never published gets its valid draft published first.
/// </summary>
public sealed class ExecutionStarter(
    IDbContextFactory<AppDbContext> contexts,
    WorkflowStore workflows,
    WorkflowCommands commands,
    VersionToRunCache versionsToRun,
    WorkflowExecutor executor,
    RunStateSerializer states,
    ExecutionDispatcher dispatcher,
    NewRunWriter newRuns,
    WorkflowMetrics metrics,
    ChangeNotifications changes,
    TimeProvider time)
{
    public async Task<string> StartAsync(RunRequest request, CancellationToken cancellationToken = default) =>
        (await StartOnceAsync(request, cancellationToken)).Id;

    /// <summary>Starts the run, or, when a run with the request's idempotency key exists, gives that one and starts nothing.</summary>
    public async Task<ExecutionEntity> StartOnceAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        var (version, definition) = request.Version is { } wanted
            ? await workflows.GetVersionAsync(request.WorkflowId, wanted, cancellationToken)
            : await VersionToRunAsync(request.WorkflowId, cancellationToken);
        var (execution, created) = request.IdempotencyKey is null
            ? (await SaveTogetherWithOthersAsync(await NewRunAheadAsync(request, version, definition, cancellationToken)), true)
            : await KeyedRecords.CreateOrFindAsync(contexts, request.IdempotencyKey, db => db.Executions, async db =>
            {
                var run = await NewRunAheadAsync(request, version, definition, cancellationToken);
                run.AddTo(db);
                await db.SaveChangesAsync(cancellationToken);
                return run.Execution;
            }, cancellationToken);
        if (created)
        {
            changes.Publish(new ExecutionChanged(execution.Id, execution.WorkflowId));
            if (execution.Status == ExecutionStatus.Completed)
            {
                metrics.RunCompleted(execution.WorkflowId);
            }
            else if (execution.NotBefore is null)
            {
                dispatcher.Signal(execution.Id);
            }
        }
        return execution;
    }

    /// <summary>A run without an idempotency key is stored by the group commit of new runs, with those started at the same moment.</summary>
    private async Task<ExecutionEntity> SaveTogetherWithOthersAsync(NewRun run)
    {
        await newRuns.SaveAsync(run);
        return run.Execution;
    }

    /// <summary>
    /// A new run with the steps it could run at once, those without a side effect, so the run and its first steps are saved
    /// together (a run of such steps only is saved completed). A run that would wait or fail on the way, or starts later, is
    /// queued at its start, and a worker runs it.
    /// </summary>
    private async Task<NewRun> NewRunAheadAsync(RunRequest request, int version, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var state = Begin(request, definition, Ids.New());
        var journal = new InMemoryJournal();
        if (request.NotBefore is null)
        {
            await executor.RunAheadAsync(definition, state, journal, cancellationToken);
        }
        if (state.Status is not (ExecutionStatus.Queued or ExecutionStatus.Completed))
        {
            state = Begin(request, definition, state.ExecutionId);
            journal = new InMemoryJournal();
        }
        var execution = Row(request, version, state);
        execution.Status = state.Status;
        execution.EndedAt = state.EndedAt;
        if (journal.Records.Count > 0)
        {
            execution.StepCount = journal.Records[^1].Sequence;
            execution.StartedAt = state.StartedAt;
            foreach (var record in journal.Records)
            {
                metrics.StepFinished(record.StepType, record.Duration);
            }
        }
        return new NewRun(execution, journal.Records);
    }

    /// <summary>
    /// Adds new queued runs to a caller's unit of work, for runs saved together with what started them (an event, a webhook
    /// delivery, a journey's call); the caller wakes the dispatcher once it committed.
    /// </summary>
    public static void Queue(AppDbContext db, params IEnumerable<ExecutionEntity> executions) => db.Executions.AddRange(executions);

    /// <summary>A queued execution row, not yet saved: callers that start runs inside a larger transaction <see cref="Queue"/> it.</summary>
    public ExecutionEntity NewExecution(RunRequest request, int version, WorkflowDefinition definition) =>
        Row(request, version, Begin(request, definition, Ids.New()));

    private ExecutionState Begin(RunRequest request, WorkflowDefinition definition, string executionId)
    {
        if (request.Input is not (null or System.Text.Json.Nodes.JsonObject))
        {
            throw AppException.Invalid("A run's input must be a JSON object of names and values, such as {\"customerId\": \"cus_001\"}.");
        }
        return executor.Start(definition, new StartRequest
        {
            ExecutionId = executionId,
            WorkflowId = request.WorkflowId,
            Input = request.Input,
            ThreadId = request.ThreadId,
            SubjectId = request.SubjectId ?? RunSubject.Of(request.Input),
            IsTest = request.IsTest || request.TestOutputs is not null,
            TestOutputs = request.TestOutputs,
        });
    }

    /// <summary>The queued row of a run whose state is <paramref name="state"/>.</summary>
    private ExecutionEntity Row(RunRequest request, int version, ExecutionState state)
    {
        var now = time.GetUtcNow();
        metrics.RunStarted(request.WorkflowId);
        return new ExecutionEntity
        {
            Id = state.ExecutionId,
            WorkflowId = request.WorkflowId,
            Version = version,
            Status = ExecutionStatus.Queued,
            TriggerType = request.TriggerType,
            TriggerInfoJson = RunnerJson.Text(request.TriggerInfo),
            SubjectId = state.SubjectId,
            ThreadId = request.ThreadId,
            IsTest = request.IsTest || request.TestOutputs is not null,
            InputJson = RunnerJson.Text(states.Mask(state, request.Input)),
            StateJson = states.Serialize(state),
            CurrentStep = state.CurrentStep,
            NotBefore = request.NotBefore,
            IdempotencyKey = request.IdempotencyKey,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The version a new run of the workflow starts on; a workflow never published gets its draft published first.</summary>
    public async Task<(int Version, WorkflowDefinition Definition)> VersionToRunAsync(string workflowId, CancellationToken cancellationToken)
    {
        var (version, definition) = (await versionsToRun.GetOrReadAsync(workflowId, () => ReadVersionToRunAsync(workflowId, cancellationToken)))!;
        return (version, definition);
    }

    private async Task<VersionToRun?> ReadVersionToRunAsync(string workflowId, CancellationToken cancellationToken)
    {
        var workflow = await workflows.GetAsync(workflowId, cancellationToken);
        if (workflow.Versions.Count == 0)
        {
            // Another first run publishing the same draft at this moment gives the same version 1.
            await commands.PublishAsync(workflowId, Actor.FirstRun, cancellationToken);
        }
        var (version, definition) = await workflows.GetVersionAsync(workflowId, cancellationToken: cancellationToken);
        return new VersionToRun(version, definition);
    }
}
