using System.Net;
using Workflows.Blazor.Tests.Support;
using Xunit.Abstractions;

namespace Workflows.Blazor.Tests.Operations.Backups;

/// <summary>
/// A backup taken by the command line while the built app runs 200 runs on its real SQLite file, restored into a new
/// folder and started: every run that had committed before the backup is there, and secrets still decrypt.
/// </summary>
[LongRunning]
public sealed class OnlineBackupTests(ITestOutputHelper output) : IDisposable
{
    private const int Runs = 200;
    private const int Items = 50;
    private const string HookPath = "/webhooks/after-restore";

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-online-backup-").FullName;

    [Fact]
    public async Task Backup_KeepsEveryCommittedRunAndDecryptsSecrets_WhenTakenWith200RunsInFlight()
    {
        var original = Path.Combine(_folder, "live", "workflows.db");
        var archive = Path.Combine(_folder, "backup.zip");
        var apiKey = await AppProcess.CreateApiKeyAsync(original);
        Dictionary<string, long> committed;
        string secret;
        await using (var app = await AppProcess.StartAsync(original, apiKey))
        {
            var hook = await app.Client.ImportAsync(TestWorkflows.Webhook(HookPath));
            await app.Client.ActivateAsync(hook);
            secret = await app.Client.CreateWebhookSecretAsync(hook);
            var loop = await app.Client.ImportAsync(TestWorkflows.ItemLoop(logEvens: true));
            await Task.WhenAll(Enumerable.Range(0, Runs).Select(_ => app.Client.StartRunAsync(loop, TestWorkflows.ItemLoopInput(Items))));

            // What had committed just before the backup began: each run and how many of its steps were on record.
            committed = await StepsPerRunAsync(original);
            var unfinished = await DatabaseFile.CountAsync(original, "SELECT COUNT(*) FROM Executions WHERE Status IN ('Queued', 'Running')");
            await AppChildProcess.RunCommandLineAsync(original, "backup", "--to", archive);
            var unfinishedAfter = await DatabaseFile.CountAsync(original, "SELECT COUNT(*) FROM Executions WHERE Status IN ('Queued', 'Running')");
            output.WriteLine($"{committed.Count} runs and {committed.Values.Sum()} step records committed before the backup; {unfinished} unfinished before it, {unfinishedAfter} after it");
            Assert.True(unfinishedAfter > 0, "Every run had finished when the backup was done: it was not taken with runs in flight.");
        }

        var restored = Path.Combine(_folder, "restored", "workflows.db");
        output.WriteLine(await AppChildProcess.RunCommandLineAsync(restored, "restore", "--from", archive, "--data", Path.GetDirectoryName(restored)!));
        var inBackup = await StepsPerRunAsync(restored);
        await using (var app = await AppProcess.StartAsync(restored, apiKey))
        {
            Assert.All(committed, run => Assert.True(
                inBackup.TryGetValue(run.Key, out var steps) && steps >= run.Value,
                $"Run {run.Key} had {run.Value} step records before the backup and {(inBackup.TryGetValue(run.Key, out var s) ? s : 0)} in it."));
            foreach (var executionId in committed.Keys)
            {
                await app.Client.WaitForStatusAsync(executionId, "completed");
            }

            using var signed = await app.Client.PostSignedWebhookAsync(HookPath, """{ "name": "Ada" }""", secret, DateTimeOffset.UtcNow);
            Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        }
    }

    private static async Task<Dictionary<string, long>> StepsPerRunAsync(string database) =>
        (await DatabaseFile.QueryAsync(
            database,
            "SELECT e.Id, (SELECT COUNT(*) FROM ExecutionSteps s WHERE s.ExecutionId = e.Id) FROM Executions e",
            r => (Id: r.GetString(0), Steps: r.GetInt64(1))))
        .ToDictionary(r => r.Id, r => r.Steps);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
