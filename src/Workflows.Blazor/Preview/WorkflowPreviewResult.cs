using Workflows.Engine.Preview;

namespace Workflows.Blazor.Preview;

/// <summary>A preview's answer: its id, what was previewed, the summary over the contacts and each contact's timeline.</summary>
public sealed record WorkflowPreviewResult(
    string PreviewId,
    string WorkflowId,
    string Version,
    DateTimeOffset Start,
    int Days,
    PreviewSummary Summary,
    IReadOnlyList<ContactTimeline> Timelines);
