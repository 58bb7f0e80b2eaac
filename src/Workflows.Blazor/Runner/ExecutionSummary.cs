namespace Workflows.Blazor.Runner;

/// <summary>One row of the executions list.</summary>
public sealed record ExecutionSummary(
    string Id,
    string WorkflowId,
    string WorkflowName,
    int Version,
    string Status,
    string TriggerType,
    string? SubjectId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    int StepCount,
    string? FailedStep,
    string? Error);
