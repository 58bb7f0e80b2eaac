using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;
using Xunit.Abstractions;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>
/// The built app in a child process, killed with SIGKILL at seeded random points of its progress (a number of step
/// records on disk, not a moment in time, so a fast and a slow machine are cut at the same places) and restarted on
/// the same database file: every run must still finish, with each step on record exactly once and each side effect done
/// once. The runs are started many at a time, and their steps without a side effect are committed in batches with the
/// next step that has one (a campaign event per even item), so kills land inside held batches too.
/// </summary>
[LongRunning]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261123;
    private const int Rounds = 8;
    private const int RunsPerRound = 20;
    private const int Items = 20;

    /// <summary>
    /// Trigger, the loop's visits (one per item and the last), a condition and a set_variables per item, a campaign event
    /// per even item, and the finish.
    /// </summary>
    private const int StepsPerRun = 1 + (Items + 1) + Items + Items + Items / 2 + 1;

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-crash-").FullName;

    private string DatabasePath => Path.Combine(_folder, "workflows.db");

    [Fact]
    public async Task KilledApp_FinishesEveryRunWithEachStepOnce_AfterRandomKillsAndRestarts()
    {
        var random = new Random(Seed);
        var apiKey = await AppProcess.CreateApiKeyAsync(DatabasePath);
        var accepted = new List<string>();
        string? workflowId = null;
        var killedMidRun = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var (_, stepsBefore) = await ProgressAsync();
            // Between half a run and three quarters of a batch of new step records (recovered runs' steps count too),
            // so the kill always lands before the round's work is done.
            var killAt = stepsBefore + random.Next(StepsPerRun / 2, RunsPerRound * StepsPerRun * 3 / 4);
            await using var app = await AppProcess.StartAsync(DatabasePath, apiKey);
            workflowId ??= await app.Client.ImportAsync(TestWorkflows.ItemLoop(logEvens: true));
            var kill = KillAtStepAsync(app, killAt);
            var posted = await StartBatchAsync(app, workflowId, accepted);
            await kill;
            var (running, steps) = await ProgressAsync();
            killedMidRun += running;
            output.WriteLine($"round {round + 1}: killed at {steps - stepsBefore} new step records (aimed at {killAt - stepsBefore}); {posted} run(s) accepted, {running} running");
        }

        var stored = await DatabaseFile.QueryAsync(DatabasePath, "SELECT Id FROM Executions", r => r.GetString(0));
        await using (var app = await AppProcess.StartAsync(DatabasePath, apiKey))
        {
            foreach (var executionId in stored)
            {
                AssertRanOnce(await app.Client.WaitForStatusAsync(executionId, "completed"));
                await AssertLoggedEachEvenItemOnceAsync(executionId);
            }
        }

        output.WriteLine($"{accepted.Count} runs accepted, {stored.Count} stored, {killedMidRun} caught running by a kill");
        Assert.Empty(accepted.Except(stored));
        Assert.True(killedMidRun > 0, "No kill landed while a run was running; the test proved nothing.");
    }

    /// <summary>Kills the app as soon as the database holds <paramref name="steps"/> step records.</summary>
    private async Task KillAtStepAsync(AppProcess app, long steps)
    {
        await Poll.UntilAsync(
            () => DatabaseFile.CountAsync(DatabasePath, "SELECT COUNT(*) FROM ExecutionSteps"),
            count => count >= steps,
            count => $"The runs stopped at {count} step records, short of {steps}:\n{app.Log}",
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(5));
        await app.KillAsync();
    }

    /// <summary>
    /// Starts the batch's runs all at once; the kill may cut some requests off. A run whose 202 was lost may still exist.
    /// </summary>
    private static async Task<int> StartBatchAsync(AppProcess app, string workflowId, List<string> accepted)
    {
        var started = await Task.WhenAll(Enumerable.Range(0, RunsPerRound).Select(async _ =>
        {
            try
            {
                return await app.Client.StartRunAsync(workflowId, TestWorkflows.ItemLoopInput(Items));
            }
            catch (HttpRequestException) when (app.Killed)
            {
                return null;
            }
        }));
        accepted.AddRange(started.OfType<string>());
        return started.Count(id => id is not null);
    }

    [Fact]
    public async Task OverdueTimer_FiresOnce_WhenTheAppRestartsAfterItWasDue()
    {
        var apiKey = await AppProcess.CreateApiKeyAsync(DatabasePath);
        string executionId;
        await using (var app = await AppProcess.StartAsync(DatabasePath, apiKey))
        {
            var workflowId = await app.Client.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "1 hour" }"""));
            executionId = await app.Client.StartRunAsync(workflowId);
            await app.Client.WaitForStatusAsync(executionId, "waiting");
            await app.KillAsync();
        }
        Assert.Equal(["Pending"], await DatabaseFile.QueryAsync(DatabasePath, "SELECT Status FROM Timers", r => r.GetString(0)));

        // The hour passes while the app is down.
        await DatabaseFile.ExecuteAsync(DatabasePath, "UPDATE Timers SET DueAt = $past", ("$past", DateTimeOffset.UtcNow.AddMinutes(-1).UtcTicks));
        await using (var app = await AppProcess.StartAsync(DatabasePath, apiKey))
        {
            var execution = await app.Client.WaitForStatusAsync(executionId, "completed");

            Assert.Equal("resumed", execution["variables"]!["outcome"]!.GetValue<string>());
            var waitRecords = execution["steps"]!.AsArray().Where(s => s!["stepSlug"]!.GetValue<string>() == "pause").ToList();
            Assert.Equal(["waiting", "completed"], waitRecords.Select(s => s!["status"]!.GetValue<string>()));
        }
        Assert.Equal(["Fired"], await DatabaseFile.QueryAsync(DatabasePath, "SELECT Status FROM Timers", r => r.GetString(0)));
    }

    /// <summary>How many runs the kill caught running, and how many step records were on disk.</summary>
    private async Task<(int Running, long Steps)> ProgressAsync()
    {
        var running = await DatabaseFile.CountAsync(DatabasePath, "SELECT COUNT(*) FROM Executions WHERE Status = 'Running'");
        var steps = await DatabaseFile.CountAsync(DatabasePath, "SELECT COUNT(*) FROM ExecutionSteps");
        return ((int)running, steps);
    }

    private static void AssertRanOnce(JsonObject execution)
    {
        var steps = execution["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(Enumerable.Range(1, StepsPerRun), steps.Select(s => s["sequence"]!.GetValue<int>()));

        var body = steps.Where(s => s["stepSlug"]!.GetValue<string>() is "mark_even" or "mark_odd").ToList();
        Assert.Equal(Enumerable.Range(0, Items).Select(i => i.ToString()), body.Select(s => s["loopPath"]!.GetValue<string>()));
        Assert.All(body, s => Assert.Equal(
            int.Parse(s["loopPath"]!.GetValue<string>()) % 2 == 0 ? "mark_even" : "mark_odd", s["stepSlug"]!.GetValue<string>()));

        var variables = execution["variables"]!;
        Assert.Equal(Items - 1, variables["last"]!.GetValue<int>());
        Assert.Equal(Items - 2, variables["lastEven"]!.GetValue<int>());
        Assert.Equal(Items - 1, variables["lastOdd"]!.GetValue<int>());
        Assert.Equal(Items, variables["count"]!.GetValue<int>());
        Assert.True(variables["done"]!.GetValue<bool>());
    }

    /// <summary>The run's campaign events: one per even item, none twice, though a kill may have cut the run off right after one.</summary>
    private async Task AssertLoggedEachEvenItemOnceAsync(string executionId)
    {
        var logged = await DatabaseFile.QueryAsync(DatabasePath,
            "SELECT json_extract(DataJson, '$.n') FROM CampaignEvents WHERE ExecutionId = $id ORDER BY 1", r => r.GetInt64(0), ("$id", executionId));
        Assert.Equal(Enumerable.Range(0, Items).Where(n => n % 2 == 0).Select(n => (long)n), logged);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
