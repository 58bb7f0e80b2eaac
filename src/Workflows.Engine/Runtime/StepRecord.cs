using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime;

/// <summary>What one run of one step did: its input after templating, its output, the port it took, or its error.</summary>
public sealed record StepRecord
{
    public required string ExecutionId { get; init; }

    public required string StepSlug { get; init; }

    public required string StepType { get; init; }

    /// <summary>1 for the first step run of the execution, counting every loop iteration.</summary>
    public required int Sequence { get; init; }

    /// <summary>The index in each enclosing loop, outermost first, e.g. "2" or "2/0"; null outside loops.</summary>
    public string? LoopPath { get; init; }

    public int Attempt { get; init; } = 1;

    public required StepRecordStatus Status { get; init; }

    public JsonNode? Input { get; init; }

    public JsonNode? Output { get; init; }

    public string? Port { get; init; }

    /// <summary>The run's variables after this step, recorded only when they changed (earlier records hold them otherwise).</summary>
    public JsonObject? Variables { get; init; }

    public string? Error { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Duration { get; init; }
}
