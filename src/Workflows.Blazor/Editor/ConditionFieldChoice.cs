using Workflows.Engine.Editing;
using Workflows.Engine.Expressions.Conditions;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Editor;

/// <summary>
/// A field the condition builder offers: its path, its label, where it comes from and, when known, its type
/// (which decides the operators). Built from the data picker's typed tree, so both offer the same fields.
/// </summary>
public sealed record ConditionFieldChoice(string Path, string Label, string? Description, ConditionFieldType Type = ConditionFieldType.Unknown)
{
    public static IReadOnlyList<ConditionFieldChoice> From(IEnumerable<DataNode> data) => [.. Choices(data, source: null)];

    private static IEnumerable<ConditionFieldChoice> Choices(IEnumerable<DataNode> nodes, string? source)
    {
        foreach (var node in nodes.Where(n => n.Path != "$now"))
        {
            yield return new ConditionFieldChoice(node.Path, node.Label, source, TypeOf(node.Type));
            // The tree is at most DataTree's depth deep, so this recursion is bounded.
            foreach (var child in Choices(node.Children, source is null ? node.Label : $"{source} › {node.Label}"))
            {
                yield return child;
            }
        }
    }

    private static ConditionFieldType TypeOf(DataType type) => type switch
    {
        DataType.Text or DataType.Date => ConditionFieldType.Text,
        DataType.Number => ConditionFieldType.Number,
        DataType.Boolean => ConditionFieldType.Boolean,
        DataType.List => ConditionFieldType.List,
        DataType.Object => ConditionFieldType.Object,
        _ => ConditionFieldType.Unknown,
    };
}
