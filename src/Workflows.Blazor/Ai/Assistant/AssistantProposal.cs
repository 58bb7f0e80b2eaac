using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Ai.Assistant;

/// <summary>
/// What the assistant proposes: the workflow the model wrote last (null when none could be read), its validation,
/// every attempt, and, when there is no proposal to show, why (no provider, the provider failed, nothing readable).
/// </summary>
public sealed record AssistantProposal(WorkflowDefinition? Definition, ValidationReport? Report, IReadOnlyList<AssistantAttempt> Attempts, string? Problem)
{
    /// <summary>A workflow that validates without errors: ready to save.</summary>
    public bool IsValid => Definition is not null && Report is { IsValid: true };

    public TimeSpan Latency => Attempts.Aggregate(TimeSpan.Zero, (sum, attempt) => sum + attempt.Latency);

    public static AssistantProposal Failed(string problem, IReadOnlyList<AssistantAttempt>? attempts = null) => new(null, null, attempts ?? [], problem);
}
