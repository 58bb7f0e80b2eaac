using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>Rewrites the journey note's shapes (seed 002) into this app's, before a journey is read.</summary>
internal static class JourneyNoteShapes
{
    public static JsonObject Normalise(JsonObject journey)
    {
        if (journey.Remove("context", out var context))
        {
            if (journey.ContainsKey("startingContext"))
            {
                throw new FormatException("Give what every contact starts with once: as context or as startingContext, not both.");
            }
            journey["startingContext"] = context;
        }
        foreach (var alias in OnAction)
        {
            if (journey.Remove(alias, out var subscribers))
            {
                if (journey.ContainsKey("subscribers"))
                {
                    throw new FormatException($"Give the action subscribers once: as {alias} or as subscribers, not both.");
                }
                journey["subscribers"] = Subscribers(subscribers);
            }
        }
        if (journey["subscribers"] is JsonArray given)
        {
            journey["subscribers"] = Subscribers(given);
        }
        if (journey["actions"] is JsonArray actions)
        {
            for (var i = 0; i < actions.Count; i++)
            {
                if (actions[i] is JsonValue plain && plain.TryGetValue(out string? name))
                {
                    actions[i] = new JsonObject { ["action"] = ActionAliases.Resolve(name) };
                }
                else if (actions[i] is JsonObject allowed && allowed["action"] is JsonValue named && named.TryGetValue(out string? action))
                {
                    allowed["action"] = ActionAliases.Resolve(action);
                }
            }
        }
        return journey;
    }

    private static readonly string[] OnAction = ["on_action", "onAction"];

    /// <summary>One subscriber or a list; each an object, or a plain string: a web address, else an event type.</summary>
    private static JsonNode? Subscribers(JsonNode? given) => given switch
    {
        JsonArray list => new JsonArray([.. list.Select(item => Subscriber(item?.DeepClone()))]),
        null => null,
        var one => new JsonArray(Subscriber(one.DeepClone())),
    };

    private static JsonNode? Subscriber(JsonNode? item) => item is JsonValue plain && plain.TryGetValue(out string? text)
        ? text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? new JsonObject { ["url"] = text }
            : new JsonObject { ["event"] = text }
        : item is JsonObject subscriber && subscriber["actions"] is JsonArray heard
            ? Resolved(subscriber, heard)
            : item;

    private static JsonObject Resolved(JsonObject subscriber, JsonArray heard)
    {
        subscriber["actions"] = new JsonArray([.. heard.Select(a => a is JsonValue name && name.TryGetValue(out string? action) ? JsonValue.Create(ActionAliases.Resolve(action)) : a?.DeepClone())]);
        return subscriber;
    }
}
