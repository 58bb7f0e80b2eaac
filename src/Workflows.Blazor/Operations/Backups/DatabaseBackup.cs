using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Sqlite;

namespace Workflows.Blazor.Operations.Backups;

/// <summary>
/// Backs up the running database without stopping anything: SQLite's online backup copies one consistent snapshot
/// while runs keep committing. The data-protection keys that encrypted secrets need are in that copy (and the key
/// files of installations from before the keys moved into the database go beside it).
/// One backup runs at a time.
/// </summary>
public sealed class DatabaseBackup(
    DatabaseLocation database,
    DatabaseSettings provider,
    IOptions<BackupSettings> settings,
    BackupHistory history,
    TimeProvider time,
    ILogger<DatabaseBackup> logger) : IUpgradeBackup
{
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Where scheduled, manual and pre-upgrade backups go.</summary>
    public string Folder => database.BackupsFolder;

    /// <summary>A backup into <see cref="Folder"/> (what the schedule and the "Back up now" button run), remembered as the last result; only the newest are kept.</summary>
    public async Task<BackupResult> BackUpNowAsync(IProgress<BackupProgress>? progress, CancellationToken cancellationToken)
    {
        var result = await CreateAsync(Path.Combine(Folder, $"{BackupRotation.Prefix}{Stamp()}.zip"), progress, cancellationToken);
        if (result.Succeeded)
        {
            BackupRotation.KeepNewest(Folder, settings.Value.Keep);
        }
        history.Record(result);
        return result;
    }

    /// <summary>Backs the database and keys up into <paramref name="archive"/>; a failure is in the result, not thrown.</summary>
    public async Task<BackupResult> CreateAsync(string archive, IProgress<BackupProgress>? progress, CancellationToken cancellationToken)
    {
        archive = Path.GetFullPath(archive);
        await _one.WaitAsync(cancellationToken);
        var at = time.GetUtcNow();
        var copy = archive + ".db";
        try
        {
            if (provider.Provider == DatabaseProvider.Postgres)
            {
                return new BackupResult(at, archive, 0, BackupArchive.UsePgDump);
            }
            if (!File.Exists(database.FilePath))
            {
                return new BackupResult(at, archive, 0, $"There is no database at {database.FilePath} to back up yet.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
            progress?.Report(new BackupProgress(10, "Copying the database"));
            await Task.Run(() => SqliteFiles.Copy(database.FilePath, copy), cancellationToken);
            progress?.Report(new BackupProgress(60, "Adding the encryption keys"));
            var keys = BackupArchive.Keys(database.KeysFolder).Count + Scalar<long>(copy, "SELECT COUNT(*) FROM DataProtectionKeys");
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, AppVersion.Informational, at,
                Scalar<string>(copy, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1"), (int)keys);
            await Task.Run(() => BackupArchive.Write(archive, copy, database.KeysFolder, manifest), cancellationToken);
            progress?.Report(new BackupProgress(100, "Backup complete"));
            var result = new BackupResult(at, archive, new FileInfo(archive).Length, null);
            logger.LogInformation("Backed up {Database} to {Archive} ({Size} bytes)", database.FilePath, archive, result.Size);
            return result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            logger.LogError(ex, "Backup to {Archive} failed", archive);
            return new BackupResult(at, archive, 0, ex.Message);
        }
        finally
        {
            foreach (var file in SqliteFiles.WithCompanions(copy))
            {
                File.Delete(file);
            }
            _one.Release();
        }
    }

    public async Task<string> BackUpBeforeUpgradeAsync(CancellationToken cancellationToken)
    {
        var result = await CreateAsync(Path.Combine(Folder, $"before-upgrade-{Stamp()}.zip"), null, cancellationToken);
        history.Record(result);
        return result.Succeeded
            ? result.File
            : throw new InvalidOperationException($"The database was not upgraded, because the backup taken before an upgrade failed: {result.Error}");
    }

    private string Stamp() => time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One value from the copy, or the type's default when the copy is older than the table it reads.</summary>
    private static T? Scalar<T>(string databaseFile, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return command.ExecuteScalar() is T value ? value : default;
        }
        catch (SqliteException)
        {
            return default;
        }
    }
}
