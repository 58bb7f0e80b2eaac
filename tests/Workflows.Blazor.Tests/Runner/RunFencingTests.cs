using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
    private readonly AppFactory _app = new();
    private readonly SharedDatabaseInstances _instances;

    public RunFencingTests() => _instances = new SharedDatabaseInstances(_app);

    [Fact]
    public async Task StaleInstance_CannotSaveStepsOfARunAnotherInstanceTookOver()
    {
        var (stale, fresh) = (Instance(), Instance());
        await stale.RenewInstanceAsync(CancellationToken.None);
        var executionId = await _instances.RunningRunAsync(stale.InstanceId);
        _instances.Clock.Advance(stale.Term + TimeSpan.FromSeconds(1));
        await fresh.RenewInstanceAsync(CancellationToken.None);
        Assert.Equal(1, await _instances.Recovery(fresh).RequeueOrphansAsync(CancellationToken.None));
        await _instances.ClaimAsync(executionId, fresh.InstanceId);
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
        var executionId = await _instances.RunningRunAsync(instance.InstanceId);
        var (state, next) = await NextStepAsync(executionId);

        await Journal(instance).CommitAsync(state, [Step(executionId, next, "mine")], CancellationToken.None);

        Assert.Equal(["mine"], await StepsAsync(executionId, next));
    }

    private InstanceLeases Instance() => _instances.Instance();

    private DbExecutionJournal Journal(InstanceLeases leases) => ActivatorUtilities.CreateInstance<DbExecutionJournal>(_app.Services, leases);

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
        StartedAt = _instances.Clock.GetUtcNow(),
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
