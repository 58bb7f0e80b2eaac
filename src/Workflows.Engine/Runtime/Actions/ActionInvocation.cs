using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime.Actions;

/// <summary>One call of an action: its parameters after templating, and who is calling.</summary>
public sealed record ActionInvocation(JsonObject Parameters, StepContext Context)
{
    /// <summary>Same for a re-run of this step after a crash: send side effects once per key.</summary>
    public string IdempotencyKey => Context.IdempotencyKey;

    public string? GetString(string name) =>
        Parameters[name] is JsonValue value ? Templating.JsonText.ToText(value) : null;

    public string RequireString(string name) =>
        GetString(name) is { Length: > 0 } text ? text : throw new StepFailedException($"Parameter '{name}' is required.");
}
