namespace Workflows.Engine.Journeys.Evals;

/// <summary>Whether one expectation held in one trial, and what was seen.</summary>
public sealed record ExpectationResult(string Expectation, bool Passed, string Detail);
