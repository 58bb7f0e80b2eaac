namespace Workflows.Blazor.Editor;

/// <summary>A piece of a field's text as people read it: plain words, or a value it inserts (<see cref="Path"/>) shown by its label.</summary>
public sealed record FieldSegment(string Text, string? Path = null)
{
    public bool IsValue => Path is not null;
}
