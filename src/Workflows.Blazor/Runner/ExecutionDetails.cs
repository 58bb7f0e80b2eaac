using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>An execution as the API and the viewer show it, with its step runs in order.</summary>
public sealed record ExecutionDetails(
    string Id,
    string WorkflowId,
    int Version,
    [property: JsonConverter(typeof(StatusJsonConverter<ExecutionStatus>))] ExecutionStatus Status,
    string TriggerType,
    string? SubjectId,
    string? ThreadId,
    JsonNode? Input,
    JsonNode? Variables,
    string? CurrentStep,
    string? Error,
    string? FailedStep,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<ExecutionStepDetails> Steps)
{
    /// <summary>The step the run is at, under the name the user guide's execution log gives it.</summary>
    public string? CurrentStepSlug => CurrentStep;

    /// <summary>The workflow's name as it is now (it may have been renamed since the run).</summary>
    public string? WorkflowName { get; init; }

    /// <summary>What started the run beyond its input: the event id and type, the webhook, the schedule.</summary>
    public JsonNode? TriggerInfo { get; init; }

    /// <summary>The events, times and decisions the run waited for, in order.</summary>
    public IReadOnlyList<ExecutionWait> Waits { get; init; } = [];
}
