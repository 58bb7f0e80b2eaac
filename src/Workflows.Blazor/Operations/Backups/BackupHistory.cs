using System.Text.Json;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Operations.Backups;

/// <summary>The last backup's result, kept in a small file beside the database so it outlives a restart.</summary>
public sealed class BackupHistory(DatabaseLocation database, ILogger<BackupHistory> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lock _gate = new();
    private bool _loaded;
    private BackupResult? _last;

    private string FilePath => Path.Combine(database.Folder, "last-backup.json");

    /// <summary>The most recent backup's result, or null when none ran yet.</summary>
    public BackupResult? Last
    {
        get
        {
            lock (_gate)
            {
                if (!_loaded)
                {
                    _last = Load();
                    _loaded = true;
                }
                return _last;
            }
        }
    }

    public void Record(BackupResult result)
    {
        lock (_gate)
        {
            _last = result;
            _loaded = true;
            try
            {
                Directory.CreateDirectory(database.Folder);
                File.WriteAllText(FilePath, JsonSerializer.Serialize(result, Json));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "Could not remember the last backup's result in {File}", FilePath);
            }
        }
    }

    private BackupResult? Load()
    {
        try
        {
            return File.Exists(FilePath) ? JsonSerializer.Deserialize<BackupResult>(File.ReadAllText(FilePath), Json) : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }
}
