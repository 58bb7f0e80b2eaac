namespace Workflows.Blazor.Runner;

/// <summary>What a bulk cancel or retry did: the runs it acted on, and those it left alone with why.</summary>
public sealed record BulkResult(IReadOnlyList<string> Done, IReadOnlyList<BulkSkip> Skipped);
