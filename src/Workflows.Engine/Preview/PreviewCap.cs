namespace Workflows.Engine.Preview;

/// <summary>
/// A journey's cap on one action (at most <paramref name="Max"/> per contact) over a preview: how many contacts would get the action
/// more often than that (none, when the guardrail holds) and how many it held back.
/// </summary>
public sealed record PreviewCap(string StepSlug, string StepName, int Max, int Exceeding, int HeldBack);
