namespace Workflows.Blazor.Data;

/// <summary>
/// A lock file beside the database that a running app holds open exclusively (the operating system releases it when
/// the process ends, even killed), so a second app or a restore can tell the database is in use.
/// </summary>
public sealed class DatabaseLock(DatabaseLocation location) : IDisposable
{
    private FileStream? _held;

    /// <summary>Takes the lock for this process, or says which database another running app is using.</summary>
    public void Acquire()
    {
        _held ??= TryTake(location.LockPath) ?? throw new InvalidOperationException(InUse(location.FilePath));
    }

    /// <summary>Takes the lock at <paramref name="lockPath"/> until the stream is disposed, or null when a running app holds it.</summary>
    public static FileStream? TryTake(string lockPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        return TryOpen(lockPath);
    }

    public static string InUse(string databaseFile) =>
        $"A running Workflows app is using {databaseFile}. Stop it first (for example: systemctl stop workflows), then try again.";

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }

    private static FileStream? TryOpen(string lockPath)
    {
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
