namespace Workflows.Blazor.Editor;

/// <summary>One entry of the step palette: what the step is for (its group), what it adds (its kind), and the words it is found by.</summary>
public sealed record PaletteItem(string Group, string Kind, string StepType, string Label, string Description)
{
    /// <summary>Ids, aliases and synonyms: searched, never shown.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
