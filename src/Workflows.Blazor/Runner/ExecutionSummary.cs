using System.Text.Json.Serialization;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>One row of the executions list.</summary>
public sealed record ExecutionSummary(
    string Id,
    string WorkflowId,
    string WorkflowName,
    int Version,
    [property: JsonConverter(typeof(StatusJsonConverter<ExecutionStatus>))] ExecutionStatus Status,
    string TriggerType,
    string? SubjectId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    int StepCount,
    string? FailedStep,
    string? Error);
