using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime;

/// <summary>What a new run starts with.</summary>
public sealed record StartRequest
{
    public string? ExecutionId { get; init; }

    public string WorkflowId { get; init; } = "local";

    public JsonNode? Input { get; init; }

    public string? ThreadId { get; init; }

    public string? SubjectId { get; init; }

    public bool IsTest { get; init; }

    /// <summary>Sample outputs by step slug, for test runs.</summary>
    public JsonObject? TestOutputs { get; init; }
}
