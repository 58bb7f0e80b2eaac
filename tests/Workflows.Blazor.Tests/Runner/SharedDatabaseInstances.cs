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
/// "Instances" sharing one app's database, as app processes sharing PostgreSQL would: each a keeper of leases of its own,
/// on a clock of the test's own so a lease can run out in a call.
/// </summary>
internal sealed class SharedDatabaseInstances
{
    private static readonly DatabaseSettings SharedDatabase = new(DatabaseProvider.Postgres, "");

    private readonly AppFactory _app;
    private readonly ExecutionDispatcher _idleDispatcher;

    /// <summary>Runs queued again are signalled to a dispatcher that never starts, so the app's workers leave them as they are.</summary>
    public SharedDatabaseInstances(AppFactory app)
    {
        _app = app;
        _idleDispatcher = ActivatorUtilities.CreateInstance<ExecutionDispatcher>(app.Services);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    public IDbContextFactory<AppDbContext> Contexts => _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    public InstanceLeases Instance() => new(Contexts, SharedDatabase, Options.Create(new RunnerOptions { InstanceLeaseSeconds = 30 }), Clock);

    public ExecutionRecovery Recovery(InstanceLeases leases) => new(Contexts, _idleDispatcher, leases, Clock, NullLogger<ExecutionRecovery>.Instance);

    /// <summary>A run that waits, then claimed by a worker of <paramref name="instanceId"/>, as running it (or a crash) leaves it.</summary>
    public async Task<string> RunningRunAsync(string instanceId)
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "3 days" }"""));
        var executionId = await client.StartRunAsync(workflowId);
        await client.WaitForStatusAsync(executionId, "waiting");
        await ClaimAsync(executionId, instanceId);
        return executionId;
    }

    /// <summary>What a worker's claim does: the run is running, on that instance.</summary>
    public Task ClaimAsync(string executionId, string instanceId) =>
        _app.QueryAsync(db => db.Executions.Where(e => e.Id == executionId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, ExecutionStatus.Running).SetProperty(e => e.RunnerId, instanceId)));
}
