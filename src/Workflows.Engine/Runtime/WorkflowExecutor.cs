using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Runtime;

/// <summary>
/// Walks a workflow's graph from its trigger: runs each step with its registered executor, records it,
/// follows the port it took, and stops when the run ends, fails or has to wait.
/// </summary>
public sealed class WorkflowExecutor(
    IEnumerable<IStepExecutor> executors,
    ActionCatalog actions,
    TimeProvider time,
    ISecretResolver secrets,
    ExecutorOptions options)
{
    /// <summary>The due port of a retry timer; the step runs again rather than taking a port.</summary>
    public const string RetryPort = "retry";

    private readonly Dictionary<string, IStepExecutor> _executors = executors.ToDictionary(e => e.StepType, StringComparer.Ordinal);

    /// <summary>A new run positioned at the workflow's start step.</summary>
    public ExecutionState Start(WorkflowDefinition definition, StartRequest request) => new()
    {
        ExecutionId = request.ExecutionId ?? Guid.NewGuid().ToString("N"),
        WorkflowId = request.WorkflowId,
        Input = request.Input?.DeepClone(),
        ThreadId = request.ThreadId,
        SubjectId = request.SubjectId,
        IsTest = request.IsTest,
        TestOutputs = (JsonObject?)request.TestOutputs?.DeepClone(),
        InlineSecrets = InlineSecrets.CipherTexts(definition) is { Count: > 0 } inline ? inline : null,
        CurrentStep = WorkflowGraph.For(definition).Start?.Slug,
        StartedAt = time.GetUtcNow(),
    };

    /// <summary>Runs from the current step until the run completes, fails, waits or is cancelled.</summary>
    public Task<ExecutionState> RunAsync(
        WorkflowDefinition definition, ExecutionState state, IExecutionJournal journal, CancellationToken cancellationToken = default) =>
        RunAsync(definition, state, journal, aheadOnly: false, cancellationToken);

    /// <summary>
    /// Runs the steps without a side effect from the current step and commits them once, for a run stored together with
    /// its first steps: up to the first step with a side effect (the run is left queued there, for a worker to go on), or
    /// to the run's end, a wait or a failure.
    /// </summary>
    public Task<ExecutionState> RunAheadAsync(
        WorkflowDefinition definition, ExecutionState state, IExecutionJournal journal, CancellationToken cancellationToken = default) =>
        RunAsync(definition, state, journal, aheadOnly: true, cancellationToken);

    private async Task<ExecutionState> RunAsync(
        WorkflowDefinition definition, ExecutionState state, IExecutionJournal runJournal, bool aheadOnly, CancellationToken cancellationToken)
    {
        var graph = WorkflowGraph.For(definition);
        var journal = new RunJournal(runJournal);
        state.Status = ExecutionStatus.Running;
        state.Bookmark = null;
        try
        {
            while (state.CurrentStep is { } slug)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var step = graph.Find(slug);
                if (step is null)
                {
                    await FailAsync(state, slug, $"The run reached step '{slug}', which is not in this workflow.", journal, cancellationToken);
                    return state;
                }
                if (state.StepRuns >= options.MaxStepRuns)
                {
                    await FailAsync(state, slug,
                        $"The run was stopped after {options.MaxStepRuns} steps: a loop or a cycle may never end.", journal, cancellationToken);
                    return state;
                }
                if (aheadOnly && (StepTypes.EffectOf(step, actions).HasSideEffect() || journal.IsFull))
                {
                    state.Status = ExecutionStatus.Queued;
                    await journal.CommitAsync(state, null, CancellationToken.None);
                    return state;
                }
                if (!await RunStepAsync(graph, step, state, journal, cancellationToken))
                {
                    return state;
                }
            }
            state.Status = ExecutionStatus.Completed;
            state.EndedAt = time.GetUtcNow();
            await journal.CommitAsync(state, null, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            state.Status = ExecutionStatus.Cancelled;
            state.EndedAt = time.GetUtcNow();
            await journal.CommitAsync(state, null, CancellationToken.None);
        }
        return state;
    }

    /// <summary>Ends a wait: the waiting step completes on the resolution's port and the run goes on.</summary>
    public async Task<ExecutionState> ResumeAsync(
        WorkflowDefinition definition, ExecutionState state, BookmarkResolution resolution, IExecutionJournal journal,
        CancellationToken cancellationToken = default)
    {
        if (state.Status != ExecutionStatus.Waiting || state.Bookmark is not { } bookmark)
        {
            throw new InvalidOperationException($"Execution {state.ExecutionId} is {state.Status.ToString().ToLowerInvariant()}, not waiting.");
        }
        if (bookmark.Kind == BookmarkKind.Retry)
        {
            // The retry's backoff is over: the run goes on by trying the same step again.
            return await RunAsync(definition, state, journal, cancellationToken);
        }
        var graph = WorkflowGraph.For(definition);
        var step = graph.Find(bookmark.StepSlug)
            ?? throw new InvalidOperationException($"Step '{bookmark.StepSlug}' is not in this workflow.");
        var now = time.GetUtcNow();
        var record = NewRecord(state, step, StepStart.Begin(state, now), StepRecordStatus.Completed, TimeSpan.Zero, port: resolution.Port, output: resolution.Output);
        state.Bookmark = null;
        state.Status = ExecutionStatus.Running;
        Advance(graph, step, state, resolution.Port, resolution.Output, error: null);
        await journal.CommitAsync(state, [record], cancellationToken);
        return await RunAsync(definition, state, journal, cancellationToken);
    }

    /// <summary>Runs one step, records it, and moves the run on. False when the run stops here (failed or waiting).</summary>
    private async Task<bool> RunStepAsync(
        WorkflowGraph graph, StepDefinition step, ExecutionState state, RunJournal journal, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var scope = new ExecutionScope(state, state.WorkflowId, time, secrets);
        var context = new StepContext(step, graph, state, scope, time, options.Limits);
        var start = StepStart.Begin(state, startedAt);

        var outcome = WithinLimits(await ExecuteAsync(context, cancellationToken), step);
        // Every secret is masked in every record: a step may pass on a secret an earlier step read.
        var known = secrets.Resolve(state);
        IReadOnlyCollection<string> masked = known.Count == 0 ? [] : known.Values.ToList();
        var input = SecretMasker.Mask(context.RecordedInput, masked);
        var variables = state.VariablesChanged ? (JsonObject?)SecretMasker.Mask(state.Variables.DeepClone(), masked) : null;
        var duration = Stopwatch.GetElapsedTime(started);
        state.VariablesChanged = false;

        StepRecord Record(StepRecordStatus status, string? port = null, JsonNode? output = null, string? error = null) =>
            NewRecord(state, step, start, status, duration, input, variables, port, output, error);

        switch (outcome)
        {
            case StepOutcome.Completed completed:
                var output = completed.Output?.Parent is null ? completed.Output : completed.Output.DeepClone();
                var record = Record(StepRecordStatus.Completed, completed.Port, SecretMasker.Mask(output, masked));
                Advance(graph, step, state, completed.Port, output, error: null);
                if (StepTypes.EffectOf(step, actions).HasSideEffect() || !journal.TryHold(record))
                {
                    await journal.CommitAsync(state, record, cancellationToken);
                }
                return true;

            case StepOutcome.Failed failed when RetryPolicyOf(step) is { } policy && policy.AllowsRetryAfter(state.Attempt):
                var failedTry = Record(StepRecordStatus.Failed, error: SecretMasker.MaskText(failed.Message, masked));
                return await ScheduleRetryAsync(step, state, policy.DelayAfter(state.Attempt), failedTry, journal, cancellationToken);

            case StepOutcome.Failed failed when step.TargetOf(Ports.Error) is not null:
                var message = SecretMasker.MaskText(failed.Message, masked)!;
                Advance(graph, step, state, Ports.Error, output: null, error: message);
                await journal.CommitAsync(state, Record(StepRecordStatus.Failed, Ports.Error, error: message), cancellationToken);
                return true;

            case StepOutcome.Failed failed:
                var error = SecretMasker.MaskText(failed.Message, masked)!;
                await FailAsync(state, step.Slug, error, journal, cancellationToken, Record(StepRecordStatus.Failed, error: error));
                return false;

            case StepOutcome.Suspended suspended:
                state.Status = ExecutionStatus.Waiting;
                state.Bookmark = suspended.Bookmark with { StepSlug = step.Slug };
                await journal.CommitAsync(state, Record(StepRecordStatus.Waiting), cancellationToken);
                return false;

            default:
                throw new InvalidOperationException($"Unknown step outcome {outcome.GetType().Name}");
        }
    }

    /// <summary>
    /// Records the failed try and runs the step again: at once when there is no backoff, else after a
    /// durable retry timer, so no worker is held while the run waits.
    /// </summary>
    private async Task<bool> ScheduleRetryAsync(
        StepDefinition step, ExecutionState state, TimeSpan delay, StepRecord failedTry, RunJournal journal, CancellationToken cancellationToken)
    {
        state.Attempt++;
        if (delay <= TimeSpan.Zero)
        {
            await journal.CommitAsync(state, failedTry, cancellationToken);
            return true;
        }
        state.Status = ExecutionStatus.Waiting;
        state.Bookmark = new Bookmark(step.Slug, BookmarkKind.Retry) { DueAt = time.GetUtcNow() + delay, DuePort = RetryPort };
        await journal.CommitAsync(state, failedTry, cancellationToken);
        return false;
    }

    private static RetryPolicy? RetryPolicyOf(StepDefinition step)
    {
        try
        {
            return RetryPolicy.Of(step);
        }
        catch (FormatException)
        {
            // The validator reports a malformed policy; at run time the step simply gets no retries.
            return null;
        }
    }

    private async ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        if (!_executors.TryGetValue(context.Step.Type, out var executor))
        {
            return StepOutcome.Fail($"Steps of type '{context.Step.Type}' cannot run here: no executor is registered for them.");
        }
        try
        {
            return await executor.ExecuteAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is StepFailedException or TemplatePathException or TemplateSyntaxException or TemplateTooLargeException
            or Expressions.ExpressionParseException or Expressions.ExpressionEvaluationException)
        {
            return StepOutcome.Fail(ex.Message);
        }
        catch (Exception ex)
        {
            return StepOutcome.Fail($"Step '{context.Step.Slug}' failed unexpectedly: {ex.Message}");
        }
    }

    /// <summary>An output too big or too deep to keep fails the step instead, so its error port or retry policy can handle it.</summary>
    private StepOutcome WithinLimits(StepOutcome outcome, StepDefinition step) =>
        outcome is StepOutcome.Completed { Output: { } output } && !StoredSize.Fits(output, options.Limits.MaxStepOutputChars)
            ? StepOutcome.Fail($"{StoredSize.Problem(output, options.Limits.MaxStepOutputChars, $"What '{step.DisplayName}' produced")} Make the step produce less, e.g. fewer items or shorter text.")
            : outcome;

    /// <summary>Stores the step's result where <c>{{steps.slug}}</c> reads it and moves to the port's target.</summary>
    private static void Advance(WorkflowGraph graph, StepDefinition step, ExecutionState state, string port, JsonNode? output, string? error)
    {
        if (state.Steps[step.Slug] is JsonObject ranBefore)
        {
            // A step in a loop runs again: its entry is updated in place rather than built anew.
            ranBefore["output"] = output;
            ranBefore["error"] = error;
            ranBefore["port"] = port;
        }
        else
        {
            state.Steps[step.Slug] = new JsonObject { ["output"] = output, ["error"] = error, ["port"] = port };
        }
        state.Attempt = 1;
        var target = step.TargetOf(port);
        state.CurrentStep = graph.IsEnd(target) ? null : target;
    }

    private static StepRecord NewRecord(
        ExecutionState state, StepDefinition step, StepStart start, StepRecordStatus status, TimeSpan duration,
        JsonNode? input = null, JsonObject? variables = null, string? port = null, JsonNode? output = null, string? error = null) => new()
    {
        ExecutionId = state.ExecutionId,
        StepSlug = step.Slug,
        StepType = step.Type,
        Sequence = start.Sequence,
        LoopPath = start.LoopPath,
        Attempt = start.Attempt,
        StartedAt = start.At,
        Status = status,
        Duration = duration,
        Input = input,
        Variables = variables,
        Port = port,
        Output = output,
        Error = error,
    };

    /// <summary>Where the run was when a step started; its record names this, whatever the step moved on (a loop's index, the attempt).</summary>
    private readonly record struct StepStart(int Sequence, string? LoopPath, int Attempt, DateTimeOffset At)
    {
        /// <summary>Counts the step run and notes where the run is.</summary>
        public static StepStart Begin(ExecutionState state, DateTimeOffset at) => new(++state.StepRuns, state.LoopPath(), state.Attempt, at);
    }

    private async Task FailAsync(
        ExecutionState state, string slug, string message, RunJournal journal, CancellationToken cancellationToken, StepRecord? record = null)
    {
        state.Status = ExecutionStatus.Failed;
        state.Error = message;
        state.FailedStep = slug;
        state.EndedAt = time.GetUtcNow();
        await journal.CommitAsync(state, record, cancellationToken);
    }

}
