namespace Workflows.Engine.Journeys;

/// <summary>What of a decision may happen (actions to run now, to schedule, to cancel, whether to finish) and what was refused and why.</summary>
public sealed record ValidatedDecision(
    IReadOnlyList<DecidedAction> RunNow,
    IReadOnlyList<PlannedAction> Schedule,
    IReadOnlyList<Cancellation> Cancel,
    bool Finish,
    IReadOnlyList<Refusal> Refusals);
