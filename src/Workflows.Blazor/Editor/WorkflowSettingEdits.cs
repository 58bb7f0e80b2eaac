using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Editor;

/// <summary>A workflow's own settings (its <c>config</c>, not a step's) as the editor changes them, one setting at a time.</summary>
public static class WorkflowSettingEdits
{
    /// <summary>
    /// The workflow with <paramref name="value"/> as its setting <paramref name="key"/>; null removes the setting, and an empty
    /// config with it. The same workflow when nothing changes, so the editor records no edit.
    /// </summary>
    public static WorkflowDefinition With(WorkflowDefinition definition, string key, JsonNode? value)
    {
        if (JsonNode.DeepEquals(definition.Config?[key], value))
        {
            return definition;
        }
        var config = ConfigPath.With(definition.Config ?? [], key, value);
        return definition with { Config = config.Count == 0 ? null : config };
    }
}
