namespace Workflows.Blazor.Ai;

/// <summary>How a test call to the AI provider went: the model that answered and how fast, or what went wrong.</summary>
public sealed record ConnectionCheck(bool Succeeded, string? Model, TimeSpan Latency, string? Problem);
