namespace Workflows.Blazor.Journeys;

/// <summary>How one scenario went over its trials: pass rate, and pass^k (every trial passed).</summary>
public sealed record ScenarioReport(string Scenario, string PolicyVersion, int Trials, int PassedTrials, double ExpectationScore, IReadOnlyList<string> Failures)
{
    public double PassRate => Trials == 0 ? 0 : (double)PassedTrials / Trials;

    public bool PassHatK => Trials > 0 && PassedTrials == Trials;
}
