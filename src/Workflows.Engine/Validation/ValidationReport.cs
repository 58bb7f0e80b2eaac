namespace Workflows.Engine.Validation;

/// <summary>All findings for a workflow; it may be activated when there are no errors.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationFinding> Findings)
{
    public bool IsValid => !Errors.Any();

    /// <summary>When a schedule trigger fires next, in UTC; empty for other triggers or a schedule with a problem.</summary>
    public IReadOnlyList<DateTimeOffset> NextFireTimes { get; init; } = [];

    public IEnumerable<ValidationFinding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);

    public IEnumerable<ValidationFinding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.Warning);

    public IEnumerable<ValidationFinding> Suggestions => Findings.Where(f => f.Severity == FindingSeverity.Suggestion);

    public IEnumerable<ValidationFinding> ForStep(string slug) => Findings.Where(f => f.StepSlug == slug);
}
