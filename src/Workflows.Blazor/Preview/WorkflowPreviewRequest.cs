using System.Text.Json.Nodes;

namespace Workflows.Blazor.Preview;

/// <summary>
/// What to preview: the contacts by id, or a segment's customers (all, or a sample of <c>Sample</c> of them; a sample
/// without a segment comes from every customer), over <c>Days</c> (30 unless given), under a scenario, for a version
/// (<c>draft</c>, the default; <c>active</c>; or a version number), compared, if <c>Compare</c> names another version, with that one
/// over the same contacts and scenario.
/// </summary>
public sealed record WorkflowPreviewRequest(
    IReadOnlyList<string>? Contacts,
    string? SegmentId,
    int? Sample,
    int? Days,
    PreviewScenarioRequest? Scenario,
    string? Version,
    string? Compare = null);

/// <summary>What the contacts do: events on given days (<c>{"type": "email.opened", "day": 2}</c>), the reviewers' decision (approved or rejected), and LLM answers by step.</summary>
public sealed record PreviewScenarioRequest(IReadOnlyList<ScenarioEventRequest>? Events, string? Approval, JsonObject? LlmOutputs);

public sealed record ScenarioEventRequest(string? Type, int? Day);
