using System.Text.Json.Nodes;

namespace Workflows.Engine.Templating;

/// <summary>Where a path's first name is looked up: <c>input</c>, <c>steps</c>, <c>loop</c>, <c>secrets</c>, ...</summary>
public interface ITemplateScope
{
    bool TryGetRoot(string name, out JsonNode? value);

    /// <summary>The root names this scope knows, for "did you mean" suggestions.</summary>
    IEnumerable<string> RootNames { get; }
}
