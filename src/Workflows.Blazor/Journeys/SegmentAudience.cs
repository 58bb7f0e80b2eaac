namespace Workflows.Blazor.Journeys;

/// <summary>A journey's segment as it stands: how many customers it holds and how many of them have not entered the journey yet.</summary>
public sealed record SegmentAudience(string SegmentId, string SegmentName, int Matching, int NotYetEnrolled);
