using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime.Actions;

/// <summary>What an action produced: its output, and run variables to set (for <c>set_variables</c> and friends).</summary>
public sealed record ActionResult(JsonNode? Output)
{
    public JsonObject? Variables { get; init; }
}
