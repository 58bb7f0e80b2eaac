using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Tests.Support;

/// <summary>A template scope whose roots are the properties of one JSON object.</summary>
public sealed class JsonScope(JsonObject roots) : ITemplateScope
{
    public static JsonScope Parse(string json) => new(JsonNode.Parse(json)!.AsObject());

    public IEnumerable<string> RootNames => roots.Select(p => p.Key);

    public bool TryGetRoot(string name, out JsonNode? value) => roots.TryGetPropertyValue(name, out value);
}
