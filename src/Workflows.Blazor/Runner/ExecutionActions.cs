using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>Cancel and retry as people do them, from the pages or the API, one run or many, through <see cref="ExecutionCommands"/>.</summary>
public sealed class ExecutionActions(IDbContextFactory<AppDbContext> contexts, ExecutionCommands commands)
{
    public const int MaxBulk = 1000;
    public const string CancelRule = "only queued, running or waiting runs can be cancelled";
    public const string RetryRule = "only failed runs can be retried";

    public static bool CanCancel(ExecutionStatus status) => status is ExecutionStatus.Queued or ExecutionStatus.Running or ExecutionStatus.Waiting;

    public static bool CanRetry(ExecutionStatus status) => status == ExecutionStatus.Failed;

    public Task CancelAsync(string actor, string executionId, CancellationToken cancellationToken = default) =>
        commands.CancelAsync(executionId, actor, cancellationToken);

    public Task RetryAsync(string actor, string executionId, RetryChanges? changes = null, CancellationToken cancellationToken = default) =>
        commands.RetryAsync(executionId, actor, changes, cancellationToken);

    public Task<BulkResult> CancelManyAsync(string actor, IReadOnlyCollection<string> executionIds, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        ManyAsync(executionIds, CanCancel, CancelRule, id => CancelAsync(actor, id), progress, cancellationToken);

    public Task<BulkResult> RetryManyAsync(string actor, IReadOnlyCollection<string> executionIds, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        ManyAsync(executionIds, CanRetry, RetryRule, id => RetryAsync(actor, id), progress, cancellationToken);

    /// <summary>
    /// Runs whose status does not allow the action are skipped up front; a run whose status changed since
    /// (it finished while being cancelled) is skipped with the single action's own reason. The others are acted on
    /// one by one, each reported to <paramref name="progress"/>; cancelling stops between two runs, so each run was
    /// either acted on whole or left as it was.
    /// </summary>
    private async Task<BulkResult> ManyAsync(IReadOnlyCollection<string> executionIds, Func<ExecutionStatus, bool> allowed, string rule,
        Func<string, Task> act, IProgress<WorkProgress>? progress, CancellationToken cancellationToken)
    {
        if (executionIds.Count > MaxBulk)
        {
            throw AppException.Invalid($"At most {MaxBulk} runs can be changed at once; {executionIds.Count} were sent.");
        }
        var ids = executionIds.Distinct().ToList();
        Dictionary<string, ExecutionStatus> statuses;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            statuses = (await db.Executions.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Status }).ToListAsync(cancellationToken))
                .ToDictionary(e => e.Id, e => e.Status);
        }
        var done = new List<string>();
        var skipped = new List<BulkSkip>();
        var eligible = new List<(string Id, ExecutionStatus Status)>();
        foreach (var id in ids)
        {
            if (!statuses.TryGetValue(id, out var status))
            {
                skipped.Add(new BulkSkip(id, "missing", "there is no such execution"));
            }
            else if (!allowed(status))
            {
                skipped.Add(new BulkSkip(id, StatusNames.Of(status), rule));
            }
            else
            {
                eligible.Add((id, status));
            }
        }
        var handled = 0;
        foreach (var (id, status) in eligible)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await act(id);
                done.Add(id);
            }
            catch (AppException ex)
            {
                skipped.Add(new BulkSkip(id, StatusNames.Of(status), ex.Message));
            }
            progress?.Report(new WorkProgress(++handled, eligible.Count));
        }
        return new BulkResult(done, skipped);
    }
}
