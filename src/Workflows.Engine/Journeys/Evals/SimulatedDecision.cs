namespace Workflows.Engine.Journeys.Evals;

/// <summary>A decider's answer in a simulation: a decision, or why there is none.</summary>
public sealed record SimulatedDecision(Decision? Decision, string? Problem);
