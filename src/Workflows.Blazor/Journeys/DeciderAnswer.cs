using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>The model's decision, or why there is none (no provider, no answer, an answer that is not a decision), and which model answered.</summary>
public sealed record DeciderAnswer(Decision? Decision, string? Problem, string Model)
{
    /// <summary>The model could not be asked at all (no provider, or the call failed), rather than answering badly.</summary>
    public bool ProviderFailed { get; init; }
}
