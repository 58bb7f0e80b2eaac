using System.IO.Compression;
using System.Text.Json;

namespace Workflows.Blazor.Operations.Backups;

/// <summary>The layout of a backup file: a zip with the database copy, the data-protection keys and a manifest.</summary>
public static class BackupArchive
{
    public const string DatabaseEntry = "workflows.db";
    public const string KeysPrefix = "keys/";
    public const string ManifestEntry = "manifest.json";

    /// <summary>Why there is no backup file on PostgreSQL, and what to do instead.</summary>
    public const string UsePgDump =
        "The database is on PostgreSQL: back it up with pg_dump (e.g. pg_dump --format=custom --file=workflows.dump \"<connection>\") " +
        "and restore it with pg_restore. The encryption keys are in the database, so the dump holds them too.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes the archive to a temporary file first and moves it into place, so a half-written backup never has the final name.</summary>
    public static void Write(string archive, string databaseCopy, string keysFolder, BackupManifest manifest)
    {
        var partial = archive + ".partial";
        using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(databaseCopy, DatabaseEntry, CompressionLevel.Fastest);
            foreach (var key in Keys(keysFolder))
            {
                zip.CreateEntryFromFile(key, KeysPrefix + Path.GetFileName(key), CompressionLevel.Fastest);
            }
            using var writer = zip.CreateEntry(ManifestEntry).Open();
            JsonSerializer.Serialize(writer, manifest, Json);
        }
        File.Move(partial, archive, overwrite: true);
    }

    /// <summary>The key files in the key ring folder (none when it does not exist yet).</summary>
    public static IReadOnlyList<string> Keys(string keysFolder) =>
        Directory.Exists(keysFolder) ? Directory.GetFiles(keysFolder, "*.xml") : [];

    /// <summary>The manifest of an open archive, or null when the file is not a backup of this app.</summary>
    public static BackupManifest? ReadManifest(ZipArchive zip)
    {
        if (zip.GetEntry(ManifestEntry) is not { } entry || zip.GetEntry(DatabaseEntry) is null)
        {
            return null;
        }
        using var reader = entry.Open();
        return JsonSerializer.Deserialize<BackupManifest>(reader, Json);
    }
}
