using System.Text.Json.Nodes;

namespace Workflows.Blazor.Runner;

public sealed record ExecutionStepDetails(
    int Sequence,
    string StepSlug,
    string StepType,
    string? LoopPath,
    int Attempt,
    string Status,
    JsonNode? Input,
    JsonNode? Output,
    string? Port,
    string? Error,
    DateTimeOffset StartedAt,
    double DurationMs);
