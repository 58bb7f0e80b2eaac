using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Runtime.Actions;

/// <summary>One call of an action: its parameters after templating, and who is calling.</summary>
public sealed record ActionInvocation(JsonObject Parameters, StepContext Context)
{
    /// <summary>
    /// Same for a re-run of this step after a crash: send side effects once per key. The step's own key unless the caller
    /// runs several actions in one step (an LLM step's tool calls), which give each call its own.
    /// </summary>
    public string IdempotencyKey { get => field ?? Context.IdempotencyKey; init; }

    public string? GetString(string name) =>
        Parameters[name] is JsonValue value ? Templating.JsonText.ToText(value) : null;

    public string RequireString(string name) =>
        GetString(name) is { Length: > 0 } text ? text : throw new StepFailedException($"Parameter '{name}' is required.");

    /// <summary>The message parameters (<see cref="ActionParameter.IsMessage"/>) as their templates rendered them.</summary>
    public IReadOnlyDictionary<string, RenderedMessage> Messages { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, RenderedMessage>.Empty;

    /// <summary>
    /// A message parameter as rendered from its template; a value that did not come from a template of its own
    /// (the parameters were one <c>{{path}}</c>) counts as data throughout.
    /// </summary>
    public RenderedMessage? GetMessage(string name) =>
        Messages.TryGetValue(name, out var message) ? message : GetString(name) is { } text ? RenderedMessage.FromData(text) : null;

    public RenderedMessage RequireMessage(string name) =>
        GetMessage(name) is { Body.Length: > 0 } message ? message : throw new StepFailedException($"Parameter '{name}' is required.");
}
