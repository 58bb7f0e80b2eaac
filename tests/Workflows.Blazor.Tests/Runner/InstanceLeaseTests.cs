using Microsoft.EntityFrameworkCore;
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
    private readonly AppFactory _app = new();
    private readonly SharedDatabaseInstances _instances;

    public InstanceLeaseTests() => _instances = new SharedDatabaseInstances(_app);

    [Fact]
    public async Task LeaderLease_GoesToOneOfTwoRacingInstances_AndStaysWithItWhileRenewed()
    {
        var (first, second) = (Instance(), Instance());

        var won = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? first : second).LeadsAsync(CancellationToken.None)));
        var leader = won[0] ? first : second;
        var other = leader == first ? second : first;

        Assert.Equal(10, won.Count(w => w));
        _instances.Clock.Advance(leader.Term / 2);
        Assert.True(await leader.LeadsAsync(CancellationToken.None));
        _instances.Clock.Advance(leader.Term / 2 + TimeSpan.FromSeconds(1));
        Assert.False(await other.LeadsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task LeaderLease_IsTakenOver_OnceItsHolderStoppedRenewingIt()
    {
        var (stopped, survivor) = (Instance(), Instance());
        Assert.True(await stopped.LeadsAsync(CancellationToken.None));
        Assert.False(await survivor.LeadsAsync(CancellationToken.None));

        _instances.Clock.Advance(stopped.Term + TimeSpan.FromSeconds(1));

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

        _instances.Clock.Advance(survivor.Term / 2);
        await survivor.RenewInstanceAsync(CancellationToken.None);
        _instances.Clock.Advance(survivor.Term / 2 + TimeSpan.FromSeconds(1));

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
        _instances.Clock.Advance(stopped.Term + TimeSpan.FromSeconds(1));

        var taken = await Task.WhenAll(Recovery(first).RequeueOrphansAsync(CancellationToken.None), Recovery(second).RequeueOrphansAsync(CancellationToken.None));

        Assert.Equal(runs.Count, taken.Sum());
    }

    private InstanceLeases Instance() => _instances.Instance();

    private ExecutionRecovery Recovery(InstanceLeases leases) => _instances.Recovery(leases);

    private Task<string> RunningRunAsync(string instanceId) => _instances.RunningRunAsync(instanceId);

    private async Task<(ExecutionStatus, string?)> StatusAsync(string executionId)
    {
        var row = await _app.QueryAsync(db => db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId));
        return (row.Status, row.RunnerId);
    }

    public void Dispose() => _app.Dispose();
}
