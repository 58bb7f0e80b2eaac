using System.Text.Json.Nodes;

namespace Workflows.Engine.Templating;

/// <summary>Inside a section, names are looked up on the current item first, then outside.</summary>
internal sealed class SectionScope(JsonNode? item, ITemplateScope outer) : ITemplateScope
{
    public JsonNode? Item { get; } = item;

    public IEnumerable<string> RootNames =>
        Item is JsonObject obj ? obj.Select(p => p.Key).Concat(outer.RootNames) : outer.RootNames;

    public bool TryGetRoot(string name, out JsonNode? value)
    {
        if (Item is JsonObject obj && obj.TryGetPropertyValue(name, out value))
        {
            return true;
        }
        return outer.TryGetRoot(name, out value);
    }
}
