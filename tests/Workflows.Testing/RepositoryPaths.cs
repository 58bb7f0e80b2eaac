namespace Workflows.Testing;

/// <summary>Where the repository is, and the app built in the same configuration as the tests that ask.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The app built in the same configuration (Debug or Release) as the running test assembly.</summary>
    public static string AppAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(Root, "src", "Workflows.Blazor", "bin", configuration, "net10.0", "Workflows.Blazor.dll");
        }
    }

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(Root, "TestResults", "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Workflows.Blazor.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The tests must run inside the repository.");
    }
}
