namespace Workflows.Blazor.Tests.Architecture;

/// <summary>The app's own C# and Razor files (not generated code nor migrations), for tests that read the source.</summary>
internal static class AppSourceFiles
{
    public static readonly string Root = Path.Combine(RepositoryPaths.Root, "src", "Workflows.Blazor");

    /// <summary>Each file's path relative to the app's folder, with '/' between folders, and its text.</summary>
    public static IEnumerable<(string Path, string Text)> All() =>
        Directory.EnumerateFiles(Root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal)
                && !path.StartsWith("Data/Migrations/", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(Path.Combine(Root, path))));
}
