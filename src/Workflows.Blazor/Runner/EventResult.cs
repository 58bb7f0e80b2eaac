namespace Workflows.Blazor.Runner;

/// <summary>What an event did: the runs it started and the waiting runs it resumed.</summary>
public sealed record EventResult(string EventId, IReadOnlyList<string> StartedExecutions, IReadOnlyList<string> ResumedExecutions);
