using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Cli;
using Workflows.Blazor.Operations.Backups;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Operations.Backups;

/// <summary>The <c>backup</c> and <c>restore</c> verbs against a running app's real SQLite file.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly AppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("wf-backup-").FullName;

    [Fact]
    public async Task Backup_WritesTheDatabaseKeysAndManifest_WhileTheAppRuns()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook("/webhooks/backed-up"));
        await api.ActivateAsync(workflowId);
        await api.CreateWebhookSecretAsync(workflowId);
        var archive = Path.Combine(_folder, "backup.zip");

        var (exit, output, error) = await CommandLine.RunAsync(_app.DatabasePath, "backup", "--to", archive);

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("Backed up to", output);
        using var zip = ZipFile.OpenRead(archive);
        var manifest = BackupArchive.ReadManifest(zip)!;
        Assert.True(manifest.Keys >= 1, "The key ring that encrypts the webhook secret is not in the backup.");
        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(db.Database.GetMigrations().Last(), manifest.Schema);
        }
    }

    [Fact]
    public async Task Restore_RefusesAndSaysWhy_WhenARunningAppHoldsTheDatabase()
    {
        var archive = Path.Combine(_folder, "backup.zip");
        _ = _app.Services;
        Assert.Equal(ExitCodes.Ok, (await CommandLine.RunAsync(_app.DatabasePath, "backup", "--to", archive)).Exit);
        var before = await File.ReadAllBytesAsync(_app.DatabasePath);

        var (exit, _, error) = await CommandLine.RunAsync(_app.DatabasePath, "restore", "--from", archive);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("A running Workflows app is using", error);
        Assert.Contains("Stop it first", error);
        Assert.Equal(before, await File.ReadAllBytesAsync(_app.DatabasePath));
    }

    [Fact]
    public async Task Restore_KeepsTheDatabaseItReplacesAside_WhenNoAppRunsOnTheFolder()
    {
        var archive = Path.Combine(_folder, "backup.zip");
        await _app.CreateApiKeyAsync("backed up");
        Assert.Equal(ExitCodes.Ok, (await CommandLine.RunAsync(_app.DatabasePath, "backup", "--to", archive)).Exit);
        var target = Path.Combine(_folder, "restored");
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "workflows.db"), "the database that was here");

        var (exit, output, error) = await CommandLine.RunAsync(Path.Combine(target, "workflows.db"), "restore", "--from", archive, "--data", target);

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("is kept as", output);
        Assert.Equal(1, await DatabaseFile.CountAsync(Path.Combine(target, "workflows.db"), "SELECT COUNT(*) FROM ApiKeys WHERE Name = 'backed up'"));
        var kept = Assert.Single(Directory.GetFiles(target, "workflows.db.before-restore-*"));
        Assert.Equal("the database that was here", await File.ReadAllTextAsync(kept));
        Assert.True(await DatabaseFile.CountAsync(Path.Combine(target, "workflows.db"), "SELECT COUNT(*) FROM DataProtectionKeys") >= 1, "The restored database has no keys to decrypt its secrets.");
    }

    [Fact]
    public async Task Restore_RefusesAFileThatIsNotABackup()
    {
        var notABackup = Path.Combine(_folder, "notes.zip");
        await File.WriteAllTextAsync(notABackup, "not a zip");

        var (exit, _, error) = await CommandLine.RunAsync(Path.Combine(_folder, "workflows.db"), "restore", "--from", notABackup);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("is not a backup file", error);
        Assert.False(File.Exists(Path.Combine(_folder, "workflows.db")));
    }

    [Fact]
    public async Task ScheduledBackup_RunsWhenDue_AndKeepsOnlyTheNewest()
    {
        using var app = new AppFactory().WithSetting("Backup:Schedule", "0 * * * *").WithSetting("Backup:Keep", "2");
        var job = app.Services.GetRequiredService<ScheduledBackupJob>();
        await job.Invoke();
        for (var hour = 0; hour < 3; hour++)
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            await job.Invoke();
        }

        var backup = app.Services.GetRequiredService<DatabaseBackup>();
        Assert.Equal(2, Directory.GetFiles(backup.Folder, BackupRotation.Prefix + "*.zip").Length);
        var last = app.Services.GetRequiredService<BackupHistory>().Last!;
        Assert.Null(last.Error);
        Assert.Equal(app.Clock.GetUtcNow(), last.At);
        Assert.True(File.Exists(last.File) && last.Size > 0);
    }

    public void Dispose()
    {
        _app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
