namespace Workflows.Blazor.Ai.Assistant;

/// <summary>One answer of the model: what it said, what was wrong with it (null when nothing), and how long it took.</summary>
public sealed record AssistantAttempt(int Number, string Answer, IReadOnlyList<string> Problems, TimeSpan Latency)
{
    public bool Succeeded => Problems.Count == 0;
}
