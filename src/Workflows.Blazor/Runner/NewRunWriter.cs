using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Group commit of new runs: one writer stores the runs that start requests handed in meanwhile in one transaction, and
/// answers each request once that transaction committed. SQLite has one writer at a time; many requests each committing
/// their own run wait on its lock, while one transaction for the lot pays for the commit once. Under no load a batch is
/// one run and nothing waits for company. When a batch fails, each of its runs is stored alone, so one run's fault
/// (its workflow deleted meanwhile) is that run's answer only.
/// </summary>
public sealed class NewRunWriter : IAsyncDisposable
{
    /// <summary>Runs stored in one transaction at most, so a burst does not build one huge transaction.</summary>
    public const int MaxBatch = 256;

    private readonly IDbContextFactory<AppDbContext> _contexts;
    private readonly bool _groupCommit;
    private readonly Channel<PendingRun> _pending = Channel.CreateUnbounded<PendingRun>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public NewRunWriter(IDbContextFactory<AppDbContext> contexts, IOptions<RunnerOptions> options)
    {
        _contexts = contexts;
        _groupCommit = options.Value.GroupCommit;
        _writer = _groupCommit ? Task.Run(WriteAsync) : Task.CompletedTask;
    }

    /// <summary>Stores the run; returns once it is committed. The write goes on when the caller stops waiting.</summary>
    public Task SaveAsync(NewRun run)
    {
        if (!_groupCommit)
        {
            return SaveTogetherAsync([run]);
        }
        var pending = new PendingRun(run, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_pending.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(NewRunWriter), "The app is stopping and starts no more runs.");
        }
        return pending.Committed.Task;
    }

    private async Task WriteAsync()
    {
        var batch = new List<PendingRun>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var run))
            {
                batch.Add(run);
            }
            await StoreAsync(batch);
            batch.Clear();
        }
    }

    private async Task StoreAsync(IReadOnlyList<PendingRun> batch)
    {
        try
        {
            await SaveTogetherAsync(batch.Select(pending => pending.Run));
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var run in batch)
            {
                await StoreAsync([run]);
            }
            return;
        }
        catch (Exception exception)
        {
            batch[0].Committed.TrySetException(exception);
            return;
        }
        foreach (var run in batch)
        {
            run.Committed.TrySetResult();
        }
    }

    private async Task SaveTogetherAsync(IEnumerable<NewRun> runs)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var run in runs)
        {
            run.AddTo(db);
        }
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer;
    }

    private sealed record PendingRun(NewRun Run, TaskCompletionSource Committed);
}
