namespace Workflows.Blazor.Journeys;

/// <summary>One eval session: every scenario against one model, with the totals the page charts.</summary>
public sealed record EvalReport(string EvalId, string Model, IReadOnlyList<ScenarioReport> Scenarios)
{
    public double PassRate => Scenarios.Sum(s => s.Trials) is var trials and > 0 ? (double)Scenarios.Sum(s => s.PassedTrials) / trials : 0;

    /// <summary>Share of scenarios whose every trial passed.</summary>
    public double PassHatK => Scenarios.Count == 0 ? 0 : (double)Scenarios.Count(s => s.PassHatK) / Scenarios.Count;
}
