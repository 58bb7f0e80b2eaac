using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>
/// Instances sharing one database tell each other apart by leases: two "instances" here are two lease keepers over the
/// same database, as two app processes would be, on a clock of their own so a lease can run out in a call.
/// </summary>
public sealed class InstanceLeaseTests : IDisposable
{
    private static readonly DatabaseSettings SharedDatabase = new(DatabaseProvider.Postgres, "");

    private readonly AppFactory _app = new();
    private readonly ExecutionDispatcher _idleDispatcher;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Runs queued again are signalled to a dispatcher that never starts, so the app's workers leave them as they are.</summary>
    public InstanceLeaseTests() => _idleDispatcher = ActivatorUtilities.CreateInstance<ExecutionDispatcher>(_app.Services);

    [Fact]
    public async Task LeaderLease_GoesToOneOfTwoRacingInstances_AndStaysWithItWhileRenewed()
    {
        var (first, second) = (Instance(), Instance());

        var won = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? first : second).LeadsAsync(CancellationToken.None)));
        var leader = won[0] ? first : second;
        var other = leader == first ? second : first;

        Assert.Equal(10, won.Count(w => w));
        _clock.Advance(leader.Term / 2);
        Assert.True(await leader.LeadsAsync(CancellationToken.None));
        _clock.Advance(leader.Term / 2 + TimeSpan.FromSeconds(1));
        Assert.False(await other.LeadsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task LeaderLease_IsTakenOver_OnceItsHolderStoppedRenewingIt()
    {
        var (stopped, survivor) = (Instance(), Instance());
        Assert.True(await stopped.LeadsAsync(CancellationToken.None));
        Assert.False(await survivor.LeadsAsync(CancellationToken.None));

        _clock.Advance(stopped.Term + TimeSpan.FromSeconds(1));

        Assert.True(await survivor.LeadsAsync(CancellationToken.None));
        Assert.False(await stopped.LeadsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunningRun_IsQueuedAgain_OnlyOnceTheInstanceThatClaimedItStoppedRenewing()
    {
        var (stopped, survivor) = (Instance(), Instance());
        await stopped.RenewInstanceAsync(CancellationToken.None);
        await survivor.RenewInstanceAsync(CancellationToken.None);
        var ofStopped = await RunningRunAsync(stopped.InstanceId);
        var ofSurvivor = await RunningRunAsync(survivor.InstanceId);
        var recovery = Recovery(survivor);

        Assert.Equal(0, await recovery.RequeueOrphansAsync(CancellationToken.None));

        _clock.Advance(survivor.Term / 2);
        await survivor.RenewInstanceAsync(CancellationToken.None);
        _clock.Advance(survivor.Term / 2 + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await recovery.RequeueOrphansAsync(CancellationToken.None));
        Assert.Equal((ExecutionStatus.Queued, null), await StatusAsync(ofStopped));
        Assert.Equal((ExecutionStatus.Running, survivor.InstanceId), await StatusAsync(ofSurvivor));
    }

    [Fact]
    public async Task OrphanedRun_IsTakenOverByExactlyOneOfTwoRacingInstances()
    {
        var (stopped, first, second) = (Instance(), Instance(), Instance());
        await stopped.RenewInstanceAsync(CancellationToken.None);
        var runs = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            runs.Add(await RunningRunAsync(stopped.InstanceId));
        }
        _clock.Advance(stopped.Term + TimeSpan.FromSeconds(1));

        var taken = await Task.WhenAll(Recovery(first).RequeueOrphansAsync(CancellationToken.None), Recovery(second).RequeueOrphansAsync(CancellationToken.None));

        Assert.Equal(runs.Count, taken.Sum());
    }

    private InstanceLeases Instance() => new(Contexts, SharedDatabase, Options.Create(new RunnerOptions { InstanceLeaseSeconds = 30 }), _clock);

    private ExecutionRecovery Recovery(InstanceLeases leases) =>
        new(Contexts, _idleDispatcher, leases, _clock, NullLogger<ExecutionRecovery>.Instance);

    private IDbContextFactory<AppDbContext> Contexts => _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    /// <summary>A run that waits, then marked as a worker of <paramref name="instanceId"/> running it, as a crash leaves it.</summary>
    private async Task<string> RunningRunAsync(string instanceId)
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "3 days" }"""));
        var executionId = await client.StartRunAsync(workflowId);
        await client.WaitForStatusAsync(executionId, "waiting");
        await _app.QueryAsync(db => db.Executions.Where(e => e.Id == executionId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, ExecutionStatus.Running).SetProperty(e => e.RunnerId, instanceId)));
        return executionId;
    }

    private async Task<(ExecutionStatus, string?)> StatusAsync(string executionId)
    {
        var row = await _app.QueryAsync(db => db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId));
        return (row.Status, row.RunnerId);
    }

    public void Dispose() => _app.Dispose();
}
