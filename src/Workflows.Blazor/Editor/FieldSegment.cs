namespace Workflows.Blazor.Editor;

/// <summary>
/// A piece of a field's text as people read it: plain words, or a value it inserts (<see cref="Path"/>) shown by its label
/// (<see cref="Text"/>), written in the field as <see cref="Tag"/> exactly as stored, spaces and all.
/// </summary>
public sealed record FieldSegment(string Text, string? Path = null)
{
    /// <summary>The value's tag as the text holds it, e.g. <c>{{ steps.get_customer.output.email }}</c>; for words, the words.</summary>
    public string Tag { get; init; } = Text;

    /// <summary>False for a value no earlier step provides: a typo, or a step that was removed.</summary>
    public bool Known { get; init; } = true;

    public bool IsValue => Path is not null;
}
