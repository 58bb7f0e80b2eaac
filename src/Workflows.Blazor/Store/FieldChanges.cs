using System.Text.Json.Nodes;

namespace Workflows.Blazor.Store;

/// <summary>The <c>changes</c> (old and new value of each changed field) and <c>changedFields</c> an update event carries.</summary>
public static class FieldChanges
{
    /// <summary>
    /// <paramref name="after"/> with what differs from <paramref name="before"/>; null when nothing did, so an edit that
    /// changed nothing raises no event. <paramref name="ignored"/> fields change with every write (e.g. <c>updatedAt</c>).
    /// </summary>
    public static JsonObject? Describe(JsonObject before, JsonObject after, params string[] ignored)
    {
        var changes = new JsonObject();
        foreach (var name in after.Select(p => p.Key).Union(before.Select(p => p.Key)).Where(n => !ignored.Contains(n)))
        {
            if (!JsonNode.DeepEquals(before[name], after[name]))
            {
                changes[name] = new JsonObject { ["old"] = before[name]?.DeepClone(), ["new"] = after[name]?.DeepClone() };
            }
        }
        if (changes.Count == 0)
        {
            return null;
        }
        var data = (JsonObject)after.DeepClone();
        data["changedFields"] = new JsonArray([.. changes.Select(c => JsonValue.Create(c.Key))]);
        data["changes"] = changes;
        return data;
    }
}
