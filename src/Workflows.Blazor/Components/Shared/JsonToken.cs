namespace Workflows.Blazor.Components.Shared;

/// <summary>What a line's value is, so the viewer can colour it.</summary>
public enum JsonToken
{
    Bracket,
    Text,
    Number,
    Boolean,
    Null,
}
