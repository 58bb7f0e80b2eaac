using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>One step run as the viewer shows it: input after templating, output, port, error, duration.</summary>

public sealed record ExecutionStepDetails(
    int Sequence,
    string StepSlug,
    string StepType,
    string? LoopPath,
    int Attempt,
    [property: JsonConverter(typeof(StatusJsonConverter<StepRecordStatus>))] StepRecordStatus Status,
    JsonNode? Input,
    JsonNode? Output,
    string? Port,
    string? Error,
    DateTimeOffset StartedAt,
    double DurationMs)
{
    /// <summary>The run's variables as they were after this step (null for runs recorded before variables were kept per step).</summary>
    public JsonNode? Variables { get; init; }
}
