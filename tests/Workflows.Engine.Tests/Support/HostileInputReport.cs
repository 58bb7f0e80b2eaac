namespace Workflows.Engine.Tests.Support;

/// <summary>What a batch of hostile inputs did: how many ran, which threw something other than the engine's own errors, and the slowest.</summary>
public sealed record HostileInputReport(int Cases, IReadOnlyList<string> Unexpected, TimeSpan Slowest, string SlowestCase);
