using System.Text.Json.Nodes;

namespace Workflows.Engine.Model;

/// <summary>A workflow as the user guide writes it: a named list of steps linked by ports.</summary>
public sealed record WorkflowDefinition(string Name, IReadOnlyList<StepDefinition> Steps)
{
    public string? Description { get; init; }

    /// <summary>Workflow-level settings such as <c>schedule</c> and <c>secrets</c>, kept as written.</summary>
    public JsonObject? Config { get; init; }

}
