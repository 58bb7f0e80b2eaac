namespace Workflows.Blazor.Operations.Backups;

/// <summary>Deletes all but the newest scheduled and manual backups; backups taken before an upgrade are never deleted.</summary>
public static class BackupRotation
{
    /// <summary>The name every scheduled and manual backup starts with, followed by a sortable time stamp.</summary>
    public const string Prefix = "workflows-";

    /// <summary>Keeps the <paramref name="keep"/> newest backups in <paramref name="folder"/>; 0 keeps them all.</summary>
    public static IReadOnlyList<string> KeepNewest(string folder, int keep)
    {
        if (keep <= 0 || !Directory.Exists(folder))
        {
            return [];
        }
        var old = Directory.GetFiles(folder, Prefix + "*.zip")
            .OrderByDescending(Path.GetFileName, StringComparer.Ordinal)
            .Skip(keep)
            .ToList();
        old.ForEach(File.Delete);
        return old;
    }
}
