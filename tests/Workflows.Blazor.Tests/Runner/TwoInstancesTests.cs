using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Blazor.Data.Postgres;
using Workflows.Blazor.Experiments;
using Workflows.Blazor.Runner;
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

    [PostgresFact]
    public async Task TwoInstancesStartingTogether_ShareLeasesAndTheStatsWatermark_WithNoErrorLogged()
    {
        // The schema is there first, as an earlier start leaves it: what races here is the instances' own rows.
        await using (var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(_database!.ConnectionString).Options))
        {
            await db.Database.MigrateAsync();
        }
        var logs = new LogCapture();
        var apps = new[] { Instance().WithLogs(logs), Instance().WithLogs(logs) };
        await Task.WhenAll(apps.Select(app => Task.Run(() => app.Services)));
        var leases = apps.Select(app => app.Services.GetRequiredService<InstanceLeases>()).ToList();
        var names = Enumerable.Range(1, 10).Select(i => $"job-{i}").ToList();

        // Both take the same new leases at once, and fold the stats at once, as their heartbeats and jobs do on a new database.
        var holds = await Task.WhenAll(names.SelectMany(name => leases.Select(async lease => (Name: name, Held: await lease.TryHoldAsync(name, CancellationToken.None)))));
        await Task.WhenAll(apps.Select(app => app.Services.GetRequiredService<StatsRollup>().FoldAsync()));

        Assert.All(names, name => Assert.Single(holds, hold => hold.Name == name && hold.Held));
        Assert.Equal(1, await apps[0].QueryAsync(db => db.StatsWatermarks.CountAsync()));
        var errors = logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Text}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n\n", errors));
    }

    [PostgresFact]
    public async Task TwoInstancesStartingTogether_OnANewDatabase_BothCreateTheSchemaOnceAndStart()
    {
        for (var round = 0; round < 5; round++)
        {
            using var database = PostgresTestDatabase.CreateIfChosen()!;
            var apps = new[] { Instance(database), Instance(database) };

            await Task.WhenAll(apps.Select(app => Task.Run(() => app.Services)));

            foreach (var app in apps)
            {
                using var response = await (await app.CreateApiClientAsync()).GetAsync("/api/workflows");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                app.Dispose();
            }
        }
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
        Assert.Equal(a.Services.GetRequiredService<InstanceLeases>().InstanceId, runner);
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
    private AppFactory Instance(PostgresTestDatabase? database = null)
    {
        var app = new AppFactory()
            .WithSetting("Database:Provider", "Postgres")
            .WithSetting("Database:ConnectionString", (database ?? _database)!.ConnectionString);
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
