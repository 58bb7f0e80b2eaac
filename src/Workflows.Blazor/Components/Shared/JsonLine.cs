namespace Workflows.Blazor.Components.Shared;

/// <summary>
/// One line of indented JSON as the viewer shows it: its indentation, the quoted key (if any), the value or bracket,
/// and the comma after it. An opening bracket whose block spans a few lines knows where that block ends and what it holds.
/// </summary>
public sealed record JsonLine(string Indent, string? Key, string Value, JsonToken Token, string Trailing)
{
    /// <summary>The index of the line that closes this block, when it can be folded.</summary>
    public int? FoldEnd { get; init; }

    /// <summary>What a folded block holds, such as "3 fields" or "12 items".</summary>
    public string? FoldSummary { get; init; }
}
