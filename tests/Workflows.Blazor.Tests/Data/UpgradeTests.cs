using Microsoft.Data.Sqlite;
using Workflows.Blazor.Data;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Data;

/// <summary>
/// Starting the app on a database of an earlier release: Fixtures/release-1.db was made by the first release's
/// migrations (Fixtures/make-release-1.sh says how), with the demo store, the sample workflows and runs.
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    private const string PreviousMigration = "00000000000000_Previous";
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "Workflows.Blazor.Tests", "Fixtures", "release-1.db");

    private readonly AppFactory _app = new();

    [Fact]
    public async Task Upgrade_KeepsEveryRowAndRunsWorkflows_OnTheFirstReleasesDatabase()
    {
        File.Copy(Fixture, _app.DatabasePath);
        var before = await RowCountsAsync(_app.DatabasePath);
        var runs = await DatabaseFile.QueryAsync(_app.DatabasePath, "SELECT Id || Status FROM Executions", r => r.GetString(0));

        var api = await _app.CreateApiClientAsync();

        var after = await RowCountsAsync(_app.DatabasePath);
        Assert.All(before, table => Assert.True(after[table.Key] >= table.Value, $"{table.Key} had {table.Value} rows and has {after[table.Key]}."));
        Assert.Equal(runs, await DatabaseFile.QueryAsync(_app.DatabasePath, "SELECT Id || Status FROM Executions", r => r.GetString(0)));
        var greeting = (await DatabaseFile.QueryAsync(_app.DatabasePath, "SELECT Id FROM Workflows WHERE Name = 'Release 1 greeting'", r => r.GetString(0))).Single();
        var run = await api.WaitForStatusAsync(await api.StartRunAsync(greeting, new { input = new { name = "Ada" } }), "completed");
        Assert.Equal("Hello Ada", run["variables"]!["greeting"]!.GetValue<string>());
        Assert.Equal(2, await DatabaseFile.CountAsync(_app.DatabasePath, "PRAGMA auto_vacuum"));
        Assert.Equal("wal", (await DatabaseFile.QueryAsync(_app.DatabasePath, "PRAGMA journal_mode", r => r.GetString(0))).Single());
    }

    [Fact]
    public async Task Upgrade_MigratesACopyAndBacksUpFirst_WhenMigrationsArePending()
    {
        await CreateDatabaseWithHistoryAsync(_app.DatabasePath, PreviousMigration);

        _ = _app.Services;

        Assert.Equal(1, await DatabaseFile.CountAsync(_app.DatabasePath, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'Executions'"));
        var backup = Assert.Single(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(_app.DatabasePath)!, "backups"), "before-upgrade-*.zip"));
        Assert.True(new FileInfo(backup).Length > 0);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_app.DatabasePath)!, "*.upgrading*"));
    }

    [Fact]
    public async Task Upgrade_LeavesTheDatabaseUntouchedAndSaysHowToRollBack_WhenAMigrationFails()
    {
        // The first release's tables with a history that lacks the Initial migration: applying it again fails on the
        // tables that exist, as a migration that meets data it did not expect would.
        File.Copy(Fixture, _app.DatabasePath);
        await DatabaseFile.ExecuteAsync(_app.DatabasePath, $"DELETE FROM __EFMigrationsHistory; INSERT INTO __EFMigrationsHistory VALUES ('{PreviousMigration}', '10.0.0')");
        var before = await RowCountsAsync(_app.DatabasePath);

        var failure = Assert.ThrowsAny<Exception>(() => _app.Services);

        var upgrade = Unwrap(failure);
        Assert.Contains("was not changed", upgrade.Message);
        Assert.Contains("install the previous version", upgrade.Message);
        Assert.Contains("restore --from", upgrade.Message);
        Assert.Equal(before, await RowCountsAsync(_app.DatabasePath));
        Assert.Equal([PreviousMigration], await DatabaseFile.QueryAsync(_app.DatabasePath, "SELECT MigrationId FROM __EFMigrationsHistory", r => r.GetString(0)));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_app.DatabasePath)!, "*.upgrading*"));
    }

    private static DatabaseUpgradeException Unwrap(Exception failure)
    {
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            if (e is DatabaseUpgradeException upgrade)
            {
                return upgrade;
            }
        }
        throw new Xunit.Sdk.XunitException($"The start failed, but not with the upgrade's message: {failure}");
    }

    private static async Task CreateDatabaseWithHistoryAsync(string path, string migration)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE __EFMigrationsHistory (MigrationId TEXT NOT NULL PRIMARY KEY, ProductVersion TEXT NOT NULL); INSERT INTO __EFMigrationsHistory VALUES ('{migration}', '10.0.0');";
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(string path)
    {
        var tables = await DatabaseFile.QueryAsync(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%Fts%' AND name <> '__EFMigrationsHistory'", r => r.GetString(0));
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table] = await DatabaseFile.CountAsync(path, $"SELECT COUNT(*) FROM \"{table}\"");
        }
        return counts;
    }

    public void Dispose() => _app.Dispose();
}
