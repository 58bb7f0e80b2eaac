using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Sqlite;

/// <summary>
/// Creates the database folder and a new file ready for compaction (<see cref="DatabaseCompaction"/>), applies
/// migrations and switches the file to WAL mode, before anything else runs.
/// An existing database with pending migrations is upgraded safely: backed up first, then a copy is migrated and
/// copied back only when every migration succeeded, so a failed upgrade leaves the database untouched.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<AppDbContext> contexts,
    DatabaseLocation location,
    ILogger<DatabaseInitializer> logger,
    IUpgradeBackup? upgradeBackup = null) : IDatabaseInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(location.Folder);
        if (!File.Exists(location.FilePath) || new FileInfo(location.FilePath).Length == 0)
        {
            await DatabaseCompaction.PrepareNewAsync(location.ConnectionString, cancellationToken);
        }
        await UpgradeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // New files and files of older releases alike; the mode stays with the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        logger.LogInformation("Database ready at {Path}", location.FilePath);
    }

    private async Task UpgradeAsync(CancellationToken cancellationToken)
    {
        var pending = await PendingUpgradeAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }
        var backup = upgradeBackup is null ? null : await upgradeBackup.BackUpBeforeUpgradeAsync(cancellationToken);
        logger.LogInformation("Upgrading the database with {Changes}; the copy taken before is {Backup}", string.Join(", ", pending), backup ?? "not kept");
        var work = location.FilePath + ".upgrading";
        Delete(work);
        try
        {
            SqliteFiles.Copy(location.FilePath, work);
            await using (var copy = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={work};Pooling=False").Options))
            {
                await copy.Database.MigrateAsync(cancellationToken);
                await copy.Database.OpenConnectionAsync(cancellationToken);
                await DatabaseCompaction.ConvertAsync(copy.Database.GetDbConnection(), cancellationToken);
            }
            // Copied back through SQLite's backup, in one transaction: the database is either upgraded or as it was.
            SqliteFiles.Copy(work, location.FilePath);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var advice = RollbackAdvice(ex, backup);
            logger.LogCritical(ex, "{Advice}", advice);
            throw new DatabaseUpgradeException(advice, ex);
        }
        finally
        {
            Delete(work);
        }
    }

    // Migrations to apply to a database that already has some: a new or empty file is simply created by the migrations.
    private async Task<IReadOnlyList<string>> PendingUpgradeAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(location.FilePath))
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return [];
        }
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
    }

    private string RollbackAdvice(Exception ex, string? backup) =>
        $"The database upgrade failed ({ex.Message}). The database at {location.FilePath} was not changed: " +
        "to roll back, install the previous version of the app again and start it on the same data folder." +
        (backup is null ? "" : $" A backup taken before the upgrade is at {backup}; restore it with: restore --from \"{backup}\"");

    private static void Delete(string databaseFile)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in SqliteFiles.WithCompanions(databaseFile))
        {
            File.Delete(file);
        }
    }
}
