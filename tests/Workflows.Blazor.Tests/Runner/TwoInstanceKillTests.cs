using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Xunit.Abstractions;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>
/// Two app processes on one PostgreSQL database share runs that call an HTTP endpoint, log a campaign event, wait on a
/// timer and wait for an approval. One process is SIGKILLed while runs are running on it; the other takes its runs over
/// once its lease ran out; the approvals are decided through the API of whichever instance lives; the killed one is
/// started again later. Every run must finish once, with each step on record once, the event logged once, each HTTP call
/// made under one idempotency key, its timer fired once and its approval decided once.
/// The number of runs is <see cref="RunsVariable"/> (200 unless set); the 2,000 are run by hand with it.
/// </summary>
[LongRunning]
[Trait("Needs", "Postgres")]
public sealed class TwoInstanceKillTests(ITestOutputHelper output) : IDisposable
{
    public const string RunsVariable = "WORKFLOWS_TWO_INSTANCE_RUNS";

    private const int LeaseSeconds = 3;
    private const int Senders = 16;

    /// <summary>The records of a run in order: the wait and the approval each record their waiting and their end.</summary>
    private static readonly string[] StepsOfARun = ["start", "call", "log", "pause", "pause", "review", "review", "finish"];

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-two-instances-").FullName;

    private static int Runs => int.TryParse(Environment.GetEnvironmentVariable(RunsVariable), out var runs) && runs > 0 ? runs : 200;

    [PostgresFact]
    public async Task KilledInstance_LeavesEveryRunFinishedOnce_TimersFiredOnce_AndApprovalsResumedOnce()
    {
        using var database = PostgresTestDatabase.CreateIfChosen()!;
        await using var receiver = new HttpTestReceiver();
        var settings = Settings(database.ConnectionString, receiver);
        var apiKey = await CreateApiKeyAsync(settings, "starter");
        var reviewerKey = await CreateApiKeyAsync(settings, "reviewer");
        var leasesBefore = await LeaseNamesAsync(database);
        var clock = Stopwatch.StartNew();
        await using var first = await AppProcess.StartAsync(DatabasePath("first"), apiKey, settings);
        var firstId = (await Poll.UntilAsync(
            async () => (await LeaseNamesAsync(database)).Except(leasesBefore).ToList(),
            taken => taken.Count == 1,
            taken => $"The first instance took {taken.Count} leases:\n{first.Log}")).Single();
        await using var second = await AppProcess.StartAsync(DatabasePath("second"), apiKey, settings);
        var workflowId = await first.Client.ImportAsync(Workflow(receiver.Url));

        var killAt = Runs * 3 / 2;
        var kill = KillAtStepAsync(database, first, killAt);
        var accepted = await StartRunsAsync(first, second, workflowId);
        await kill;
        var killedAt = clock.Elapsed;
        var caughtRunning = await CountAsync(database, $"SELECT COUNT(*) FROM \"Executions\" WHERE \"Status\" = 'Running' AND \"RunnerId\" = '{firstId}'");
        await Poll.UntilAsync(
            () => CountAsync(database, $"SELECT COUNT(*) FROM \"Executions\" WHERE \"Status\" = 'Running' AND \"RunnerId\" = '{firstId}'"),
            running => running == 0,
            running => $"{running} run(s) of the killed instance were never taken over:\n{second.Log}",
            Patience);
        var takenOverAfter = clock.Elapsed - killedAt;

        var decided = new HashSet<string>();
        using var secondReviewer = Reviewer(second, reviewerKey);
        await DecideUntilAsync(database, [secondReviewer], decided, () => decided.Count >= accepted.Count / 2);
        await using var restarted = await AppProcess.StartAsync(DatabasePath("first"), apiKey, settings);
        using var restartedReviewer = Reviewer(restarted, reviewerKey);
        var stored = await DecideUntilAsync(database, [secondReviewer, restartedReviewer], decided, null);
        var total = clock.Elapsed;

        var deliveries = receiver.Requests.GroupBy(r => r.Headers["Idempotency-Key"]).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{Runs} runs asked, {accepted.Count} accepted, {stored} stored; killed at {killedAt.TotalSeconds:F1} s with {caughtRunning} running on it; " +
            $"taken over {takenOverAfter.TotalSeconds:F1} s later; all finished at {total.TotalSeconds:F1} s; {deliveries.Values.Sum()} HTTP deliveries for {deliveries.Count} keys");
        Assert.True(caughtRunning > 0, "No run was running on the killed instance; the test proved nothing.");
        await AssertEachRunFinishedOnceAsync(database, accepted, stored);
        await AssertSideEffectsOnceAsync(database, deliveries, caughtRunning);
        await AssertTimersAndApprovalsOnceAsync(database, stored);
    }

    private Dictionary<string, string> Settings(string connectionString, HttpTestReceiver receiver) => new()
    {
        ["Database__Provider"] = "Postgres",
        ["Database__ConnectionString"] = connectionString,
        ["Runner__InstanceLeaseSeconds"] = LeaseSeconds.ToString(),
        ["Outbound__AllowedHosts__0"] = new Uri(receiver.Url).Authority,
    };

    /// <summary>A key of its own; the app lets no one approve a run they started.</summary>
    private async Task<string> CreateApiKeyAsync(Dictionary<string, string> settings, string name) =>
        (await AppChildProcess.RunCommandLineAsync(DatabasePath("first"), settings, "apikey", "create", name)).Trim().Split('\n')[^1].Trim();

    private static HttpClient Reviewer(AppProcess app, string apiKey)
    {
        var client = new HttpClient { BaseAddress = app.Client.BaseAddress, Timeout = app.Client.Timeout };
        client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, apiKey);
        return client;
    }

    /// <summary>Each instance has a data folder of its own (its lock file, uploads); the database is the one they share.</summary>
    private string DatabasePath(string instance) => Path.Combine(_folder, instance, "workflows.db");

    private static string Workflow(string receiverUrl) => $$$"""
        {
          "name": "Call, log, wait, approve",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "call" } },
            { "stepSlug": "call", "stepType": "action",
              "config": { "type": "http_request", "parameters": { "url": "{{{receiverUrl}}}runs/{{input.n}}", "method": "POST", "body": "run {{input.n}}" } },
              "nextSteps": { "success": "log" } },
            { "stepSlug": "log", "stepType": "action",
              "config": { "type": "campaign.log_event", "parameters": { "campaign": "two-instances", "eventType": "called", "data": { "n": "{{input.n}}" } } },
              "nextSteps": { "success": "pause" } },
            { "stepSlug": "pause", "stepType": "wait", "config": { "duration": "2 seconds" }, "nextSteps": { "success": "review" } },
            { "stepSlug": "review", "stepType": "approval", "config": { "title": "Run {{input.n}}" }, "nextSteps": { "approved": "finish" } },
            { "stepSlug": "finish", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "done": true } }, "nextSteps": { "success": "end" } }
          ]
        }
        """;

    /// <summary>The leases held by instances: each is named by the instance's id.</summary>
    private static Task<List<string>> LeaseNamesAsync(PostgresTestDatabase database) =>
        QueryAsync(database, "SELECT \"Name\" FROM \"Leases\" WHERE \"Name\" <> 'leader'", r => r.GetString(0));

    /// <summary>
    /// Starts the runs, every other one on each instance, <see cref="Senders"/> at a time. Once the first is killed its
    /// share goes to the second; a run whose answer the kill cut off may exist without being counted as accepted.
    /// </summary>
    private static async Task<List<string>> StartRunsAsync(AppProcess first, AppProcess second, string workflowId)
    {
        var accepted = new System.Collections.Concurrent.ConcurrentBag<string>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < Runs)
            {
                var input = new { input = new { n } };
                var onFirst = n % 2 == 0 && !first.Killed;
                try
                {
                    accepted.Add(await (onFirst ? first : second).Client.StartRunAsync(workflowId, input));
                }
                catch (HttpRequestException) when (onFirst && first.Killed)
                {
                    accepted.Add(await second.Client.StartRunAsync(workflowId, input));
                }
            }
        }));
        return [.. accepted];
    }

    /// <summary>Kills the instance as soon as the database holds <paramref name="steps"/> step records.</summary>
    private static async Task KillAtStepAsync(PostgresTestDatabase database, AppProcess app, long steps)
    {
        await Poll.UntilAsync(
            () => CountAsync(database, "SELECT COUNT(*) FROM \"ExecutionSteps\""),
            count => count >= steps,
            count => $"The runs stopped at {count} step records, short of {steps}:\n{app.Log}",
            Patience,
            TimeSpan.FromMilliseconds(5));
        await app.KillAsync();
    }

    /// <summary>
    /// Approves the pending approvals, each once, through the given instances' reviewers in turn, until <paramref name="enough"/>
    /// holds or (without it) every stored run completed; returns how many runs are stored.
    /// </summary>
    private static async Task<long> DecideUntilAsync(PostgresTestDatabase database, HttpClient[] reviewers, HashSet<string> decided, Func<bool>? enough)
    {
        var (completed, stored) = await Poll.UntilAsync(
            async () =>
            {
                var pending = (await reviewers[0].GetFromJsonAsync<JsonArray>("/api/approvals?status=pending"))!
                    .Select(item => item!["id"]!.GetValue<string>()).Where(decided.Add).ToList();
                await Parallel.ForEachAsync(pending.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = Senders }, async (item, _) =>
                {
                    using var response = await reviewers[item.i % reviewers.Length]
                        .PostAsJsonAsync($"/api/approvals/{item.id}/decision", new { decision = "approved" });
                    await response.EnsureSuccessWithBodyAsync();
                });
                return (await CountAsync(database, "SELECT COUNT(*) FROM \"Executions\" WHERE \"Status\" = 'Completed'"),
                    await CountAsync(database, "SELECT COUNT(*) FROM \"Executions\""));
            },
            progress => enough?.Invoke() ?? progress.Item1 == progress.Item2,
            progress => $"{progress.Item1} of {progress.Item2} runs completed, {decided.Count} approvals decided",
            Patience,
            TimeSpan.FromMilliseconds(200));
        return stored;
    }

    private static async Task AssertEachRunFinishedOnceAsync(PostgresTestDatabase database, List<string> accepted, long stored)
    {
        var runs = await QueryAsync(database, "SELECT \"Id\", \"Status\" FROM \"Executions\"", r => (Id: r.GetString(0), Status: r.GetString(1)));
        Assert.Equal(stored, runs.Count);
        Assert.Empty(accepted.Except(runs.Select(r => r.Id)));
        Assert.All(runs, run => Assert.Equal((run.Id, "Completed"), (run.Id, run.Status)));
        var steps = await QueryAsync(database,
            "SELECT \"ExecutionId\", string_agg(\"Sequence\" || ':' || \"StepSlug\", ',' ORDER BY \"Sequence\") FROM \"ExecutionSteps\" GROUP BY 1",
            r => (Id: r.GetString(0), Steps: r.GetString(1)));
        var expected = string.Join(',', StepsOfARun.Select((slug, i) => $"{i + 1}:{slug}"));
        Assert.Equal(runs.Count, steps.Count);
        Assert.All(steps, run => Assert.Equal((run.Id, expected), run));
    }

    /// <summary>
    /// The campaign event is a record kept under the step's idempotency key: once per run. The HTTP call is made under
    /// one key per run; it may arrive twice only from a run the kill caught after the call and before its commit.
    /// </summary>
    private static async Task AssertSideEffectsOnceAsync(PostgresTestDatabase database, Dictionary<string, int> deliveries, long caughtRunning)
    {
        var events = await QueryAsync(database, "SELECT \"ExecutionId\", COUNT(*) FROM \"CampaignEvents\" GROUP BY 1", r => (Id: r.GetString(0), Count: r.GetInt64(1)));
        var runs = await QueryAsync(database, "SELECT \"Id\" FROM \"Executions\"", r => r.GetString(0));
        Assert.Equal(runs.Order(), events.Select(e => e.Id).Order());
        Assert.All(events, e => Assert.Equal((e.Id, 1L), e));
        Assert.Equal(runs.Select(id => $"{id}/call/-").Order(), deliveries.Keys.Order());
        Assert.True(deliveries.Values.Sum(count => count - 1) <= caughtRunning,
            $"{deliveries.Values.Sum(count => count - 1)} repeated HTTP calls, more than the {caughtRunning} runs the kill caught running");
    }

    private static async Task AssertTimersAndApprovalsOnceAsync(PostgresTestDatabase database, long stored)
    {
        var timers = await QueryAsync(database,
            "SELECT \"ExecutionId\", string_agg(\"Status\", ',') FROM \"Timers\" WHERE \"Kind\" = 'Timer' GROUP BY 1", r => (Id: r.GetString(0), Statuses: r.GetString(1)));
        Assert.Equal(stored, timers.Count);
        Assert.All(timers, t => Assert.Equal((t.Id, "Fired"), t));
        var approvals = await QueryAsync(database,
            "SELECT \"ExecutionId\", string_agg(\"Status\", ',') FROM \"Approvals\" GROUP BY 1", r => (Id: r.GetString(0), Statuses: r.GetString(1)));
        Assert.Equal(stored, approvals.Count);
        Assert.All(approvals, a => Assert.Equal((a.Id, "approved"), a));
    }

    private static async Task<long> CountAsync(PostgresTestDatabase database, string sql) =>
        (await QueryAsync(database, sql, r => r.GetInt64(0))).Single();

    private static async Task<List<T>> QueryAsync<T>(PostgresTestDatabase database, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
