namespace Workflows.Blazor.Ai.Evals;

/// <summary>How the assistant did on one request: every check, the model's attempts and the time they took.</summary>
public sealed record EvalResult(EvalCase Case, IReadOnlyList<EvalCheck> Checks, int Attempts, TimeSpan Latency, string? Problem)
{
    public bool Passed => Checks.All(c => c.Passed);
}
