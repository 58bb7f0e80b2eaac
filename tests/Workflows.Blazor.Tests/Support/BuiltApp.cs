namespace Workflows.Blazor.Tests.Support;

/// <summary>Where the repository and the app built in the same configuration as these tests are.</summary>
internal static class BuiltApp
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Assembly
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(RepositoryRoot, "src", "Workflows.Blazor", "bin", configuration, "net10.0", "Workflows.Blazor.dll");
        }
    }

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
