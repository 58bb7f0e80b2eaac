using System.Globalization;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Sqlite;

namespace Workflows.Blazor.Operations.Backups;

/// <summary>
/// Puts a backup archive back into a data folder: the database and its encryption keys. It holds the folder's lock
/// while it works, so it refuses a database a running app uses, and no app can start on a half-restored folder.
/// A database already there is kept aside under a new name, never deleted.
/// </summary>
public sealed class DatabaseRestore(DatabaseLocation database, DatabaseSettings provider, TimeProvider time)
{
    /// <summary>Restores <paramref name="archive"/> into <paramref name="dataFolder"/>, or the configured database's folder when null.</summary>
    public RestoreResult Restore(string archive, string? dataFolder)
    {
        if (provider.Provider == DatabaseProvider.Postgres)
        {
            throw new BackupException(BackupArchive.UsePgDump);
        }
        if (!File.Exists(archive))
        {
            throw new BackupException($"There is no backup file at {Path.GetFullPath(archive)}.");
        }
        using var zip = OpenArchive(archive);
        var manifest = BackupArchive.ReadManifest(zip)
            ?? throw new BackupException($"{archive} is not a backup of this app: it lacks the database or the manifest.");
        if (manifest.Format > BackupManifest.CurrentFormat)
        {
            throw new BackupException($"{archive} was made by a newer version of the app ({manifest.AppVersion}); restore it with that version.");
        }

        var folder = Path.GetFullPath(dataFolder ?? database.Folder);
        var target = Path.Combine(folder, Path.GetFileName(database.FilePath));
        using var held = DatabaseLock.TryTake(target + ".lock") ?? throw new BackupException(DatabaseLock.InUse(target));

        var incoming = target + ".restoring";
        zip.GetEntry(BackupArchive.DatabaseEntry)!.ExtractToFile(incoming, overwrite: true);
        Check(incoming);
        var replaced = File.Exists(target) ? KeepAside(target) : null;
        File.Move(incoming, target);
        RestoreKeys(zip, Path.Combine(folder, Path.GetFileName(database.KeysFolder)));
        return new RestoreResult(target, manifest, replaced);
    }

    private static ZipArchive OpenArchive(string archive)
    {
        try
        {
            return ZipFile.OpenRead(archive);
        }
        catch (InvalidDataException)
        {
            throw new BackupException($"{archive} is not a backup file (it is not a zip archive).");
        }
    }

    private static void Check(string databaseFile)
    {
        string? verdict;
        using (var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            verdict = command.ExecuteScalar() as string;
        }
        if (verdict != "ok")
        {
            File.Delete(databaseFile);
            throw new BackupException($"The database in the backup is damaged ({verdict}); nothing was restored.");
        }
    }

    // The database and its write-ahead log move together, so the kept copy opens as it was.
    private string KeepAside(string target)
    {
        var aside = $"{target}.before-restore-{time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
        foreach (var (file, kept) in SqliteFiles.WithCompanions(target).Zip(SqliteFiles.WithCompanions(aside)))
        {
            if (File.Exists(file))
            {
                File.Move(file, kept, overwrite: true);
            }
        }
        return aside;
    }

    // Keys are added to the folder's key ring (same-named files replaced), so keys made since the backup still work.
    private static void RestoreKeys(ZipArchive zip, string keysFolder)
    {
        Directory.CreateDirectory(keysFolder);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(BackupArchive.KeysPrefix, StringComparison.Ordinal) && e.Name.Length > 0))
        {
            entry.ExtractToFile(Path.Combine(keysFolder, entry.Name), overwrite: true);
        }
    }
}
