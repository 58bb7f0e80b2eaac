using System.Collections.Concurrent;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Store;

/// <summary>Parsed published versions. Versions never change, so a parsed one can be kept for the life of the app.</summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<(string WorkflowId, int Version), WorkflowDefinition> _definitions = new();

    public WorkflowDefinition GetOrParse(string workflowId, int version, string json) =>
        _definitions.GetOrAdd((workflowId, version), _ => WorkflowJson.Parse(json));
}
