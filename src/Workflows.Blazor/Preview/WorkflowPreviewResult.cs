using Workflows.Engine.Preview;

namespace Workflows.Blazor.Preview;

/// <summary>
/// A preview's answer: its id, what was previewed (a workflow, or a journey), the summary over the contacts, each contact's
/// timeline, the contacts' names by id and, when asked, the comparison with another version.
/// </summary>
public sealed record WorkflowPreviewResult(
    string PreviewId,
    string? WorkflowId,
    string Version,
    DateTimeOffset Start,
    int Days,
    PreviewSummary Summary,
    IReadOnlyList<ContactTimeline> Timelines,
    IReadOnlyDictionary<string, string> Names,
    VersionComparison? Compared,
    string? JourneyId = null);

/// <summary>The other version a preview was compared with: its summary, and who gets something different and what.</summary>
public sealed record VersionComparison(string Version, PreviewSummary Summary, PreviewComparison Differences);
