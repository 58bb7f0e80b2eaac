using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Actions;

/// <summary>A record's fields as the names a filter expression reads.</summary>
internal sealed class RecordScope(JsonObject record) : ITemplateScope
{
    public IEnumerable<string> RootNames => record.Select(p => p.Key);

    public bool TryGetRoot(string name, out JsonNode? value) => record.TryGetPropertyValue(name, out value);
}
