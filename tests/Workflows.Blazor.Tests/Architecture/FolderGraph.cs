using System.Reflection;

namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// Which top-level folders of the app use which, read from the compiled assembly: a type's folder is the first
/// namespace segment after <c>Workflows.Blazor</c> (namespaces match folders), and nested and compiler-made types
/// (lambdas, async state machines, Razor components) count for the folder of the type they sit in.
/// </summary>
internal sealed class FolderGraph
{
    private const string AppNamespace = "Workflows.Blazor.";
    private const int ExamplesPerEdge = 5;

    private FolderGraph(IReadOnlySet<string> folders, IReadOnlyDictionary<FolderEdge, IReadOnlyList<string>> edges)
    {
        Folders = folders;
        Edges = edges;
    }

    public static FolderGraph App { get; } = Of(typeof(Program).Assembly);

    public IReadOnlySet<string> Folders { get; }

    /// <summary>Each dependency with a few of the references that make it, such as <c>Inbox.ApprovalDecisions uses Runner.ExecutionDispatcher</c>.</summary>
    public IReadOnlyDictionary<FolderEdge, IReadOnlyList<string>> Edges { get; }

    public static FolderGraph Of(Assembly assembly)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        var edges = new Dictionary<FolderEdge, SortedSet<string>>();
        foreach (var type in assembly.GetTypes())
        {
            if (FolderOf(type) is not { } from)
            {
                continue;
            }
            folders.Add(from);
            foreach (var used in TypeReferences.Of(type))
            {
                if (FolderOf(used) is { } to && to != from)
                {
                    var examples = edges.TryGetValue(new FolderEdge(from, to), out var found) ? found : edges[new FolderEdge(from, to)] = new(StringComparer.Ordinal);
                    examples.Add($"{NameOf(type)} uses {NameOf(used)}");
                }
            }
        }
        return new FolderGraph(folders, edges.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[.. e.Value.Take(ExamplesPerEdge)]));
    }

    /// <summary>The groups of folders that reach each other (strongly connected components of more than one folder).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> CyclesIn(IEnumerable<FolderEdge> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var nodes = next.Keys.Concat(next.Values.SelectMany(to => to)).Distinct().Order(StringComparer.Ordinal).ToList();
        return [.. nodes
            .Select(node => nodes.Where(other => Reaches(next, node, other) && Reaches(next, other, node)).ToList())
            .Where(group => group.Count > 1)
            .DistinctBy(group => string.Join(',', group))];
    }

    private static bool Reaches(Dictionary<string, List<string>> next, string from, string to)
    {
        var seen = new HashSet<string> { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var node))
        {
            if (node == to)
            {
                return true;
            }
            foreach (var neighbour in next.GetValueOrDefault(node, []))
            {
                if (seen.Add(neighbour))
                {
                    queue.Enqueue(neighbour);
                }
            }
        }
        return false;
    }

    private static string? FolderOf(Type type) =>
        type.Namespace is { } name && name.StartsWith(AppNamespace, StringComparison.Ordinal) ? name[AppNamespace.Length..].Split('.')[0] : null;

    private static string NameOf(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type.FullName![AppNamespace.Length..];
    }
}
