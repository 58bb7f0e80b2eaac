using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Editor;

/// <summary>The workflow's own secrets as the editor changes them: all of <c>config.secrets</c> at once.</summary>
public static class WorkflowSecretEdits
{
    /// <summary>A copy of the workflow's secrets, to edit without touching the workflow.</summary>
    public static JsonObject SecretsOf(WorkflowDefinition definition) =>
        definition.Config?[InlineSecrets.ConfigKey] is JsonObject secrets ? (JsonObject)secrets.DeepClone() : [];

    /// <summary>The workflow with <paramref name="secrets"/> as its secrets; none removes the setting, and an empty config with it.</summary>
    public static WorkflowDefinition WithSecrets(WorkflowDefinition definition, JsonObject secrets) =>
        WorkflowSettingEdits.With(definition, InlineSecrets.ConfigKey, secrets.Count == 0 ? null : secrets);
}
