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
        if (journey["actions"] is JsonArray actions)
        {
            for (var i = 0; i < actions.Count; i++)
            {
                if (actions[i] is JsonValue plain && plain.TryGetValue(out string? name))
                {
                    actions[i] = new JsonObject { ["action"] = ActionAliases.Resolve(name) };
                }
                else if (actions[i] is JsonObject allowed && allowed["action"] is JsonValue given && given.TryGetValue(out string? action))
                {
                    allowed["action"] = ActionAliases.Resolve(action);
                }
            }
        }
        return journey;
    }
}
