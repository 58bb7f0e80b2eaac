using System.Text.Json.Nodes;

namespace Workflows.Blazor.Runner;

/// <summary>Start a workflow: its input, what started it, and optionally the thread and subject of the run.</summary>
public sealed record RunRequest(string WorkflowId, JsonNode? Input, string TriggerType)
{
    public string? ThreadId { get; init; }

    public string? SubjectId { get; init; }

    public JsonObject? TriggerInfo { get; init; }

    public bool IsTest { get; init; }

    /// <summary>Sample outputs by step slug (LLM steps use them instead of calling a model); only for test runs.</summary>
    public JsonObject? TestOutputs { get; init; }

    /// <summary>The published version to run; the active one (or the latest) when not given.</summary>
    public int? Version { get; init; }

    /// <summary>Start no earlier than this; the scheduler's tick starts it when due.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>The starting action's key: a second start with the same key starts nothing and gives the first run.</summary>
    public string? IdempotencyKey { get; init; }
}
