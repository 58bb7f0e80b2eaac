using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Components.Shared;
using Workflows.Blazor.Inbox;

namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// Razor pages and components get read models from module services, never EF entities nor the DbContext. Read from the
/// compiled components (markup, <c>@inject</c>, code-behind, lambdas and awaited results included), so a <c>var</c>
/// holding an entity that a service returned is caught as surely as an <c>@using</c> of the entities.
/// </summary>
public sealed class ComponentReadModelTests
{
    private const string EntitiesNamespace = "Workflows.Blazor.Data.Entities";

    [Fact]
    public void RazorFiles_UseNoEntityNorTheDbContext()
    {
        var files = RazorFiles().ToList();
        var offenders = files
            .Select(file => (File: file, Used: DatabaseTypesUsedBy(ComponentOf(file))))
            .Where(found => found.Used.Count > 0)
            .Select(found => $"  {found.File}: {string.Join(", ", found.Used)}")
            .ToList();

        Assert.True(files.Count >= 100, $"Only {files.Count} Razor files were found under Components.");
        Assert.True(offenders.Count == 0, "Razor files that use EF entities or the DbContext (give them a read model from the module's query service):\n"
            + string.Join('\n', offenders));
    }

    [Fact]
    public void Scan_FindsTheEntitiesAndTheDbContext_ThatAQueryServiceUses() =>
        Assert.Equal(["AppDbContext", "ApprovalEntity"], DatabaseTypesUsedBy(typeof(ApprovalQueries)).Intersect(["AppDbContext", "ApprovalEntity"]));

    [Fact]
    public void Scan_FindsNothing_InAComponentThatShowsPlainValues() => Assert.Empty(DatabaseTypesUsedBy(typeof(EmptyState)));

    /// <summary>Each .razor file under Components, relative to the app's folder, with '/' between folders.</summary>
    private static IEnumerable<string> RazorFiles() =>
        Directory.EnumerateFiles(Path.Combine(AppSourceFiles.Root, "Components"), "*.razor", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(AppSourceFiles.Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The component a Razor file compiles to: its namespace follows the folders, its name the file.</summary>
    private static Type ComponentOf(string file)
    {
        var name = "Workflows.Blazor." + file[..^".razor".Length].Replace('/', '.');
        return typeof(Program).Assembly.GetType(name) ?? throw new InvalidOperationException($"{file} compiled to no type {name}.");
    }

    /// <summary>The entities and DbContexts a type names, counting the types nested in it (lambdas, async state machines).</summary>
    private static IReadOnlyList<string> DatabaseTypesUsedBy(Type type) =>
        [.. typeof(Program).Assembly.GetTypes()
            .Where(candidate => Outermost(candidate) == type)
            .SelectMany(TypeReferences.Of)
            .Where(used => used.Namespace == EntitiesNamespace || typeof(DbContext).IsAssignableFrom(used))
            .Select(used => used.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type;
    }
}
