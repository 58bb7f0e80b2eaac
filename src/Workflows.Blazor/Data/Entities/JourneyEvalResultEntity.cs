namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// How one eval scenario went in one eval session: N trials against one model on one policy version, so the
/// Journeys page can chart adherence over time per model and policy.
/// </summary>
public sealed class JourneyEvalResultEntity
{
    public long Id { get; set; }

    /// <summary>The eval session: every scenario run together shares it.</summary>
    public required string EvalId { get; set; }

    public required string Scenario { get; set; }

    public required string Model { get; set; }

    /// <summary>A short hash of the scenario's policy text and allowed actions: a changed policy is a new version.</summary>
    public required string PolicyVersion { get; set; }

    public int Trials { get; set; }

    /// <summary>Trials in which every expectation held.</summary>
    public int PassedTrials { get; set; }

    /// <summary>Share of expectations met over all trials, 0 to 1.</summary>
    public double ExpectationScore { get; set; }

    public DateTimeOffset RunAt { get; set; }

    /// <summary>Per trial: each expectation, met or not, and why (JSON).</summary>
    public string DetailsJson { get; set; } = "[]";
}
