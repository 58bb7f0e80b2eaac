using System.Text.Json.Nodes;
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
/// An instance held up past its lease (a long pause, a frozen machine) finds its run taken over by another instance when it
/// comes back: its journal refuses to save anything of the run, so the run's steps are recorded by its new claimer only.
/// Two "instances" here are two journals over the same database with leases of their own.
/// </summary>
public sealed class RunFencingTests : IDisposable
{
    private static readonly DatabaseSettings SharedDatabase = new(DatabaseProvider.Postgres, "");

    private readonly AppFactory _app = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task StaleInstance_CannotSaveStepsOfARunAnotherInstanceTookOver()
    {
        var (stale, fresh) = (Instance(), Instance());
        await stale.RenewInstanceAsync(CancellationToken.None);
        var executionId = await RunClaimedByAsync(stale.InstanceId);
        _clock.Advance(stale.Term + TimeSpan.FromSeconds(1));
        await fresh.RenewInstanceAsync(CancellationToken.None);
        Assert.Equal(1, await Recovery(fresh).RequeueOrphansAsync(CancellationToken.None));
        await ClaimAsync(executionId, fresh.InstanceId);
        var (state, next) = await NextStepAsync(executionId);

        await Assert.ThrowsAsync<RunTakenOverException>(() => Journal(stale).CommitAsync(state, [Step(executionId, next, "stale")], CancellationToken.None).AsTask());
        Assert.Empty(await StepsAsync(executionId, next));

        await Journal(fresh).CommitAsync(state, [Step(executionId, next, "fresh")], CancellationToken.None);
        await Assert.ThrowsAsync<RunTakenOverException>(() => Journal(stale).CommitAsync(state, [Step(executionId, next, "stale")], CancellationToken.None).AsTask());

        Assert.Equal(["fresh"], await StepsAsync(executionId, next));
        var run = await _app.QueryAsync(db => db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId));
        Assert.Equal((fresh.InstanceId, next), (run.RunnerId, run.StepCount));
    }

    [Fact]
    public async Task RunStillClaimedByItsInstance_IsSaved()
    {
        var instance = Instance();
        var executionId = await RunClaimedByAsync(instance.InstanceId);
        var (state, next) = await NextStepAsync(executionId);

        await Journal(instance).CommitAsync(state, [Step(executionId, next, "mine")], CancellationToken.None);

        Assert.Equal(["mine"], await StepsAsync(executionId, next));
    }

    private InstanceLeases Instance() =>
        new(Contexts, SharedDatabase, Options.Create(new RunnerOptions { InstanceLeaseSeconds = 30 }), _clock);

    private DbExecutionJournal Journal(InstanceLeases leases) => ActivatorUtilities.CreateInstance<DbExecutionJournal>(_app.Services, leases);

    /// <summary>Runs queued again are signalled to a dispatcher that never starts, so the app's workers leave them as they are.</summary>
    private ExecutionRecovery Recovery(InstanceLeases leases) => new(
        Contexts, ActivatorUtilities.CreateInstance<ExecutionDispatcher>(_app.Services), leases, _clock, NullLogger<ExecutionRecovery>.Instance);

    private IDbContextFactory<AppDbContext> Contexts => _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    /// <summary>A run that waits, then claimed by a worker of <paramref name="instanceId"/>, as running it leaves it.</summary>
    private async Task<string> RunClaimedByAsync(string instanceId)
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "3 days" }"""));
        var executionId = await client.StartRunAsync(workflowId);
        await client.WaitForStatusAsync(executionId, "waiting");
        await ClaimAsync(executionId, instanceId);
        return executionId;
    }

    /// <summary>What the worker's claim does: the run is running, on that instance.</summary>
    private Task ClaimAsync(string executionId, string instanceId) =>
        _app.QueryAsync(db => db.Executions.Where(e => e.Id == executionId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, ExecutionStatus.Running).SetProperty(e => e.RunnerId, instanceId)));

    /// <summary>The run's state as its worker holds it, going on, and the sequence number of its next step record.</summary>
    private async Task<(ExecutionState State, int Next)> NextStepAsync(string executionId)
    {
        var row = await _app.QueryAsync(db => db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId));
        var state = _app.Services.GetRequiredService<RunStateSerializer>().DeserializeToRun(row.StateJson);
        state.Status = ExecutionStatus.Running;
        state.Bookmark = null;
        return (state, row.StepCount + 1);
    }

    private StepRecord Step(string executionId, int sequence, string by) => new()
    {
        ExecutionId = executionId,
        StepSlug = "greet",
        StepType = "action",
        Sequence = sequence,
        Status = StepRecordStatus.Completed,
        Output = new JsonObject { ["by"] = by },
        StartedAt = _clock.GetUtcNow(),
        Duration = TimeSpan.Zero,
    };

    /// <summary>Who recorded the run's step records with that sequence number.</summary>
    private async Task<List<string>> StepsAsync(string executionId, int sequence)
    {
        var outputs = await _app.QueryAsync(db => db.ExecutionSteps.Where(s => s.ExecutionId == executionId && s.Sequence == sequence).Select(s => s.OutputJson).ToListAsync());
        return outputs.Select(o => JsonNode.Parse(o!)!["by"]!.GetValue<string>()).ToList();
    }

    public void Dispose() => _app.Dispose();
}
