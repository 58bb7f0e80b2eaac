using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Leases that tell app instances sharing one database apart: each instance holds one named by its own id while it
/// lives (<see cref="InstanceHeartbeat"/> renews it), and a job every instance schedules (retention, segment checks) runs
/// on the one instance that holds the leader's lease (renewed by the heartbeat, so it stays with one instance while that lives). A lease is taken with one conditional update (held by this instance, or run out) or, the
/// first time, by inserting its row, which only one instance can do (the others' inserts do nothing).
/// </summary>
public sealed class InstanceLeases(
    IDbContextFactory<AppDbContext> contexts, DatabaseSettings database, IOptions<RunnerOptions> options, TimeProvider time)
{
    private const string Leader = "leader";

    /// <summary>This instance: new at every start, so a restarted instance never mistakes its past runs for its own.</summary>
    public string InstanceId { get; } = Ids.New();

    /// <summary>
    /// Whether other instances may share the database. On SQLite the app is alone with its file (the lock file says so):
    /// it leads, and every run left running at its start is its own.
    /// </summary>
    public bool Shared => database.Provider != DatabaseProvider.Sqlite;

    public TimeSpan Term => TimeSpan.FromSeconds(Math.Max(1, options.Value.InstanceLeaseSeconds));

    /// <summary>Takes or renews the lease <paramref name="name"/> for this instance; false while another instance holds it.</summary>
    public async Task<bool> TryHoldAsync(string name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + Term;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var held = await db.Leases
            .Where(l => l.Name == name && (l.Holder == InstanceId || l.ExpiresAt < now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, InstanceId).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (held == 1)
        {
            return true;
        }
        return await db.InsertIfAbsentAsync(new LeaseEntity { Name = name, Holder = InstanceId, ExpiresAt = until }, cancellationToken);
    }

    /// <summary>Whether this instance runs the jobs only one instance may run (it takes or keeps the leader's lease).</summary>
    public async Task<bool> LeadsAsync(CancellationToken cancellationToken) => !Shared || await TryHoldAsync(Leader, cancellationToken);

    /// <summary>Renews this instance's own lease, which keeps the runs it claimed its own.</summary>
    public Task<bool> RenewInstanceAsync(CancellationToken cancellationToken) => TryHoldAsync(InstanceId, cancellationToken);
}
