namespace Workflows.Blazor.Ai.Evals;

/// <summary>
/// The step types the workflow must have, and the actions it must use; an entry such as <c>customer.query|customer.filter</c>
/// is met by either. Action names may be aliases.
/// </summary>
public sealed record EvalExpectation
{
    public IReadOnlyList<string> StepTypes { get; init; } = [];

    public IReadOnlyList<string> Actions { get; init; } = [];
}
