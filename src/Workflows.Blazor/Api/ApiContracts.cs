using System.Text.Json.Nodes;

namespace Workflows.Blazor.Api;

/// <summary>Starts a run; <c>TestOutputs</c> (sample outputs by step slug) make it a test run whose LLM steps use them instead of a model.</summary>
public sealed record RunWorkflowRequest(JsonNode? Input, string? ThreadId, string? SubjectId, JsonObject? TestOutputs = null);

public sealed record RunStartedResponse(string ExecutionId);

public sealed record ImportedWorkflowResponse(string Id, bool IsValid, IReadOnlyList<FindingResponse> Findings);

public sealed record FindingResponse(string Code, string Severity, string? StepSlug, string Message, string? Field, int? Column);

public sealed record VersionResponse(int Version);

/// <summary>Ends a split's experiment: everyone takes <c>Path</c> from the new version on.</summary>
public sealed record EndExperimentRequest(string? Path);

/// <summary>When a split's experiment switches to its winner on its own: a confidence (90, 95 or 99) and the contacts each path needs first.</summary>
public sealed record AutoSwitchRequest(double? Confidence, long? MinimumPerPath);

public sealed record PublishEventRequest(string? Type, string? SubjectId, JsonNode? Data);

public sealed record WebhookSecretResponse(string Path, string Secret);

public sealed record InlineSecretRequest(string? Value);

/// <summary>A workflow's own secret as <c>config.secrets.name</c> keeps it.</summary>
public sealed record InlineSecretResponse(string Kind, string CipherText);

public sealed record WorkflowResponse(
    string Id,
    string Name,
    string? Description,
    bool IsActive,
    int? ActiveVersion,
    IReadOnlyList<int> Versions,
    string? TriggerType,
    JsonNode Definition,
    IReadOnlyList<FindingResponse> Findings,
    IReadOnlyList<DateTimeOffset>? NextFireTimes);

/// <summary>Retries a failed run; <c>Input</c> and <c>Variables</c>, when given, replace the run's own first.</summary>
public sealed record RetryExecutionRequest(JsonNode? Input, JsonNode? Variables);

/// <summary>The runs a bulk cancel or retry is for.</summary>
public sealed record BulkExecutionRequest(IReadOnlyList<string>? Ids);

public sealed record EnrolContactRequest(string? ContactId, JsonNode? Input);

public sealed record AddContextRequest(JsonNode? Context);

public sealed record JourneyResponse(string Id, int Version, JsonNode Definition, DateTimeOffset UpdatedAt);

public sealed record JourneyEntryResponse(DateTimeOffset At, string Kind, JsonObject Data);

public sealed record JourneyTimelineResponse(
    Journeys.JourneyRunSummary Run, IReadOnlyList<JourneyEntryResponse> Entries, IReadOnlyList<Journeys.ScheduledActionView> Upcoming);

public sealed record SegmentEnrolmentResponse(int Enrolled, Journeys.SegmentAudience Audience);
