namespace Workflows.Engine.Preview;

/// <summary>What a workflow would do to one contact over a preview's period, in order.</summary>
public sealed record ContactTimeline(string ContactId, IReadOnlyList<PreviewEntry> Entries, PreviewOutcome Outcome);
