using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Live;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>
/// Two app instances on one PostgreSQL database, as behind a load balancer: what one publishes reaches the pages of the
/// other, and a run one of them runs is cancelled through the other's API.
/// </summary>
[Trait("Needs", "Postgres")]
public sealed class TwoInstancesTests : IDisposable
{
    private readonly PostgresTestDatabase? _database = PostgresTestDatabase.CreateIfChosen();
    private readonly BlockingAction _blockOnA = new();
    private readonly List<AppFactory> _apps = [];

    [PostgresFact]
    public async Task AChangePublishedOnOneInstance_ReachesASubscriberOnTheOther()
    {
        var (a, b) = (Instance(), Instance());
        var heard = new ConcurrentQueue<Change>();
        using var page = Changes(b).Subscribe(_ => true, changes =>
        {
            foreach (var change in changes)
            {
                heard.Enqueue(change);
            }
            return Task.CompletedTask;
        });

        await RelaysListeningAsync(a, b);
        var api = await a.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.Greeting()));
        await api.WaitForStatusAsync(executionId, "completed");

        await Poll.UntilAsync(() => heard.OfType<ExecutionChanged>().Any(c => c.ExecutionId == executionId),
            "the other instance's page never heard of the run that finished on the first");
    }

    [PostgresFact]
    public async Task ARunningRun_IsCancelledThroughTheOtherInstancesApi_AndStopsWithNoFurtherStep()
    {
        var (a, b) = (Instance().WithAction(_blockOnA), Instance().WithAction(new BlockingAction()));
        await RelaysListeningAsync(a, b);

        await CancelOnTheOtherInstanceAsync(a, b);
    }

    [PostgresFact]
    public async Task ACancelRequest_ReachesTheRunsInstance_EvenWhenTheNewsIsLost()
    {
        // The first instance hears no news of the other: only the request on the run's row tells it.
        var a = Instance().WithAction(_blockOnA).WithoutHostedService<ChangeRelay>();
        var b = Instance().WithAction(new BlockingAction());

        await CancelOnTheOtherInstanceAsync(a, b);
    }

    private async Task CancelOnTheOtherInstanceAsync(AppFactory a, AppFactory b)
    {
        var onA = await a.CreateApiClientAsync();
        var onB = await b.CreateApiClientAsync();
        var executionId = await onA.StartRunAsync(await onA.ImportAsync(TestWorkflows.Blocking()));
        await _blockOnA.Started.WaitAsync(Poll.DefaultTimeout);

        using var response = await onB.PostAsync($"/api/executions/{executionId}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var execution = await onB.WaitForStatusAsync(executionId, "cancelled");
        Assert.Equal(["start"], execution.StepSlugs());
        Assert.Equal("block", execution["currentStep"]!.GetValue<string>());
        var runner = await a.QueryAsync(db => db.Executions.AsNoTracking().Where(e => e.Id == executionId).Select(e => e.RunnerId).SingleAsync());
        Assert.Equal(a.Services.GetRequiredService<Blazor.Runner.InstanceLeases>().InstanceId, runner);
    }

    /// <summary>
    /// The relays start listening a moment after their apps: until the second hears what the first publishes (and the first
    /// the second), a change goes nowhere, by design.
    /// </summary>
    private static async Task RelaysListeningAsync(AppFactory a, AppFactory b)
    {
        foreach (var (from, to) in new[] { (a, b), (b, a) })
        {
            var probe = new WorkflowChanged(Guid.NewGuid().ToString("N"));
            var heard = false;
            using var listener = Changes(to).Subscribe<WorkflowChanged>(c => c == probe, () => Task.FromResult(heard = true));
            await Poll.UntilAsync(() =>
            {
                Changes(from).Publish(probe);
                return Task.FromResult(Volatile.Read(ref heard));
            }, done => done, _ => "an instance never heard what the other published", interval: TimeSpan.FromMilliseconds(200));
        }
    }

    private static ChangeNotifications Changes(AppFactory app) => app.Services.GetRequiredService<ChangeNotifications>();

    /// <summary>An app on the shared database, started when first used, as a second process would be.</summary>
    private AppFactory Instance()
    {
        var app = new AppFactory()
            .WithSetting("Database:Provider", "Postgres")
            .WithSetting("Database:ConnectionString", _database!.ConnectionString);
        _apps.Add(app);
        return app;
    }

    public void Dispose()
    {
        foreach (var app in _apps)
        {
            app.Dispose();
        }
        _database?.Dispose();
    }
}
