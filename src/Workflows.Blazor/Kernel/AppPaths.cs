namespace Workflows.Blazor.Kernel;

/// <summary>
/// Finds the folder of the one settings file users edit: the repository root when run from source
/// (<c>dotnet run --project src/Workflows.Blazor</c>), else the folder the app was built into.
/// Relative paths in settings, such as the database path, are relative to this folder.
/// </summary>
public static class AppPaths
{
    public const string SettingsFileName = "appsettings.json";
    private const string SolutionFileName = "Workflows.Blazor.sln";

    public static string FindSettingsFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)) && File.Exists(Path.Combine(folder.FullName, SettingsFileName)))
                {
                    return folder.FullName;
                }
            }
        }
        return AppContext.BaseDirectory;
    }

    /// <summary>An absolute path for a setting that may be relative to the settings folder.</summary>
    public static string Resolve(string settingsFolder, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(settingsFolder, path));
}
