using Workflows.Engine.Model;

namespace Workflows.Engine.Editing;

/// <summary>
/// One value a step can read, as the data picker shows it: its template path (<c>steps.get_customer.output.email</c>),
/// a label ("Email"), its type, the step that provides it, an example, and the values inside it.
/// </summary>
public sealed record DataNode(string Path, string Label, DataType Type, string? SourceStep, string? Example = null)
{
    public IReadOnlyList<DataNode> Children { get; init; } = [];

    /// <summary>The path as it is written into a config field.</summary>
    public string Tag => $"{{{{{Path}}}}}";
}
