using Workflows.Engine.Editing;
using Workflows.Engine.Expressions.Conditions;

namespace Workflows.Blazor.Editor;

/// <summary>
/// A field the condition builder offers: its path, its label and, when known, its type (which decides the operators).
/// Built from the editor's available paths; a typed source of fields only needs to produce these.
/// </summary>
public sealed record ConditionFieldChoice(string Path, string Label, string? Description, ConditionFieldType Type = ConditionFieldType.Unknown)
{
    public static IReadOnlyList<ConditionFieldChoice> From(IEnumerable<AvailablePath> paths) =>
        [.. paths.Where(p => p.Path != "$now").Select(p => new ConditionFieldChoice(p.Path, FieldLabels.For(p.Path), p.Description))];
}
