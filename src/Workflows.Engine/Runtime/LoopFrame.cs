using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Workflows.Engine.Runtime;

/// <summary>One active loop: its items (read once, when the loop starts) and the position in them.</summary>
public sealed class LoopFrame
{
    public required string LoopSlug { get; init; }

    public string? ItemVariable { get; init; }

    public required JsonArray Items { get; init; }

    public int Index
    {
        get;
        set
        {
            field = value;
            View = null;
        }
    }

    /// <summary>What templates read as <c>loop</c> for the current item, kept until the loop moves on: every step of the body reads it.</summary>
    [JsonIgnore]
    internal JsonObject? View { get; set; }

    [JsonIgnore]
    public JsonNode? CurrentItem => Index < Items.Count ? Items[Index] : null;
}
