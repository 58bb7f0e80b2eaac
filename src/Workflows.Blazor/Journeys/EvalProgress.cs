namespace Workflows.Blazor.Journeys;

/// <summary>
/// How far an eval session is: trial <see cref="Trial"/> of scenario <see cref="Number"/> (of <see cref="Total"/>), or,
/// with <see cref="Scored"/>, that scenario's result once all its trials ran.
/// </summary>
public sealed record EvalProgress(int Number, int Total, string Scenario, int Trial, int Trials, ScenarioReport? Scored = null);
