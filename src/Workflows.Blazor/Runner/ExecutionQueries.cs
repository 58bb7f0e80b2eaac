using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>Reads executions for the API and the pages.</summary>
public sealed class ExecutionQueries(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<ExecutionDetails> GetAsync(string executionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var execution = await db.Executions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == executionId, cancellationToken)
            ?? throw AppException.NotFound("execution", executionId);
        var steps = await db.ExecutionSteps.AsNoTracking()
            .Where(s => s.ExecutionId == executionId)
            .OrderBy(s => s.Sequence)
            .ToListAsync(cancellationToken);
        var state = RunnerJson.DeserializeState(execution.StateJson);
        var workflowName = await db.Workflows.Where(w => w.Id == execution.WorkflowId).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken);
        var timers = await db.Timers.AsNoTracking()
            .Where(t => t.ExecutionId == executionId && t.Kind != BookmarkKind.Retry)
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return new ExecutionDetails(
            execution.Id, execution.WorkflowId, execution.Version, execution.Status, execution.TriggerType,
            execution.SubjectId, execution.ThreadId, RunnerJson.Node(execution.InputJson), state.Variables,
            execution.CurrentStep, execution.Error, execution.FailedStep, execution.CreatedAt, execution.StartedAt, execution.EndedAt,
            StepDetails(steps, state.Variables))
        {
            WorkflowName = workflowName,
            TriggerInfo = RunnerJson.Node(execution.TriggerInfoJson),
            Waits = Waits(steps, timers),
        };
    }

    /// <summary>What the workflow's most recent run started by <paramref name="triggerType"/> (e.g. a webhook call) received; null when none has.</summary>
    public async Task<JsonNode?> LastInputAsync(string workflowId, string triggerType, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var input = await db.Executions.AsNoTracking()
            .Where(e => e.WorkflowId == workflowId && e.TriggerType == triggerType && e.InputJson != null)
            .OrderByDescending(e => e.CreatedAt)
            .Select(e => e.InputJson)
            .FirstOrDefaultAsync(cancellationToken);
        return RunnerJson.Node(input);
    }

    /// <summary>
    /// Steps only record the variables when they change them, so each step shows the last copy at or before it.
    /// A run recorded before that has no copy at all while it has variables: its steps show none rather than wrong ones.
    /// </summary>
    private static List<ExecutionStepDetails> StepDetails(List<ExecutionStepEntity> steps, JsonObject finalVariables)
    {
        var known = finalVariables.Count == 0 || steps.Any(s => s.VariablesJson is not null);
        JsonNode? variables = known ? new JsonObject() : null;
        return steps.Select(s =>
        {
            variables = s.VariablesJson is { } json ? JsonNode.Parse(json) : variables;
            return new ExecutionStepDetails(
                s.Sequence, s.StepSlug, s.StepType, s.LoopPath, s.Attempt, s.Status,
                RunnerJson.Node(s.InputJson), RunnerJson.Node(s.OutputJson), s.Port, s.Error, s.StartedAt, s.DurationMs)
            {
                Variables = variables,
            };
        }).ToList();
    }

    /// <summary>
    /// Each suspension wrote one waiting step record and one bookmark, in the same order; the step record right
    /// after a waiting one (same step) is how the wait ended, with the event's payload or the decision as its output.
    /// </summary>
    private static List<ExecutionWait> Waits(List<ExecutionStepEntity> steps, List<TimerEntity> timers)
    {
        var waiting = steps.Where(s => s.Status == StepRecordStatus.Waiting).ToList();
        return waiting.Zip(timers, (record, timer) =>
        {
            var ended = timer.Status == TimerStatus.Fired
                ? steps.FirstOrDefault(s => s.Sequence > record.Sequence && s.StepSlug == record.StepSlug)
                : null;
            var payload = RunnerJson.Node(ended?.OutputJson);
            var status = timer.Status switch
            {
                TimerStatus.Pending => "waiting",
                TimerStatus.Cancelled => "cancelled",
                _ when payload?["timedOut"]?.GetValueKind() == System.Text.Json.JsonValueKind.True => "timed out",
                _ => timer.Kind switch { BookmarkKind.Event => "arrived", BookmarkKind.Approval => "decided", _ => "elapsed" },
            };
            return new ExecutionWait(timer.StepSlug, Lower(timer.Kind), timer.EventType, status, timer.CreatedAt, timer.DueAt, timer.FiredAt, payload);
        }).ToList();
    }

    /// <summary>A page of executions, newest first, narrowed by <paramref name="filter"/>.</summary>
    public async Task<Store.Page<ExecutionSummary>> ListAsync(ExecutionFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var executions = db.Executions.AsNoTracking();
        if (filter.WorkflowId is { Length: > 0 } workflowId)
        {
            executions = executions.Where(e => e.WorkflowId == workflowId);
        }
        if (filter.Status is { } status)
        {
            executions = executions.Where(e => e.Status == status);
        }
        if (filter.Since is { } since)
        {
            executions = executions.Where(e => e.CreatedAt >= since);
        }
        if (filter.TriggerType is { Length: > 0 } trigger)
        {
            executions = executions.Where(e => e.TriggerType == trigger);
        }
        if (filter.SplitPath is { Length: > 0 } path)
        {
            var experiments = StepTypes.Experiments;
            executions = executions.Where(e => db.ExecutionSteps.Any(s => s.ExecutionId == e.Id && experiments.Contains(s.StepType) && s.Port == path));
        }
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            executions = filter.SearchOutputs
                ? executions.Where(e => e.Id == search || e.SubjectId == search
                    || (e.InputJson != null && e.InputJson.Contains(search))
                    || (e.Error != null && e.Error.Contains(search))
                    || db.ExecutionSteps.Any(s => s.ExecutionId == e.Id && s.OutputJson != null && s.OutputJson.Contains(search)))
                : executions.Where(e => e.Id == search || e.SubjectId == search || (e.InputJson != null && e.InputJson.Contains(search)));
        }
        var total = await executions.CountAsync(cancellationToken);
        var rows = await executions
            .OrderByDescending(e => e.CreatedAt)
            .Skip(skip)
            .Take(take)
            .Join(db.Workflows, e => e.WorkflowId, w => w.Id, (e, w) => new ExecutionSummary(
                e.Id, e.WorkflowId, w.Name, e.Version, e.Status, e.TriggerType, e.SubjectId, e.CreatedAt, e.StartedAt, e.EndedAt,
                e.StepCount, e.FailedStep, e.Error))
            .ToListAsync(cancellationToken);
        return new Store.Page<ExecutionSummary>(rows, total);
    }

    /// <summary>Runs of the last <paramref name="days"/> days (UTC), summed per day in memory: a few thousand rows at most.</summary>
    public async Task<ExecutionDashboard> DashboardAsync(DateTimeOffset now, int days = 14, CancellationToken cancellationToken = default)
    {
        var since = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1 - days);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Executions.AsNoTracking()
            .Where(e => e.CreatedAt >= since)
            .Select(e => new { e.WorkflowId, e.Status, e.CreatedAt, e.StartedAt, e.EndedAt })
            .ToListAsync(cancellationToken);
        var perDay = Enumerable.Range(0, days).Select(offset => DateOnly.FromDateTime(since.AddDays(offset).UtcDateTime)).Select(day =>
        {
            var ofDay = runs.Where(r => DateOnly.FromDateTime(r.CreatedAt.UtcDateTime) == day).ToList();
            var completed = ofDay.Count(r => r.Status == ExecutionStatus.Completed);
            var failed = ofDay.Count(r => r.Status == ExecutionStatus.Failed);
            return new DayCount(day, completed, failed, ofDay.Count - completed - failed);
        }).ToList();
        var finished = runs.Where(r => r.Status is ExecutionStatus.Completed or ExecutionStatus.Failed).ToList();
        var durations = runs.Where(r => r.Status == ExecutionStatus.Completed && r.StartedAt is not null && r.EndedAt is not null)
            .Select(r => r.EndedAt!.Value - r.StartedAt!.Value).Order().ToList();
        var failing = finished.Where(r => r.Status == ExecutionStatus.Failed).GroupBy(r => r.WorkflowId)
            .OrderByDescending(g => g.Count()).Take(5).ToList();
        var ids = failing.Select(g => g.Key).ToList();
        var names = await db.Workflows.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        return new ExecutionDashboard(
            perDay,
            finished.Count == 0 ? null : (double)finished.Count(r => r.Status == ExecutionStatus.Completed) / finished.Count,
            durations.Count == 0 ? null : durations[durations.Count / 2],
            failing.Select(g => new FailingWorkflow(g.Key, names.GetValueOrDefault(g.Key, g.Key), g.Count())).ToList());
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
