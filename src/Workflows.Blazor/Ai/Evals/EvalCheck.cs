namespace Workflows.Blazor.Ai.Evals;

/// <summary>One check of one eval request: its name (a column of the score table), whether it passed, and what was missing.</summary>
public sealed record EvalCheck(string Name, bool Passed, string? Detail = null)
{
    public const string Validates = "validates";
    public const string StepTypes = "step types";
    public const string Actions = "actions";
    public const string NoInventedActions = "no invented";

    public static IReadOnlyList<string> Names { get; } = [Validates, StepTypes, Actions, NoInventedActions];
}
