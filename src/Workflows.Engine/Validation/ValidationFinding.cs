namespace Workflows.Engine.Validation;

/// <summary>One problem: a stable code, how bad it is, the step it is on, and a sentence a marketer understands.</summary>
public sealed record ValidationFinding(string Code, FindingSeverity Severity, string? StepSlug, string Message)
{
    /// <summary>The config field the problem is in, e.g. <c>config.expression</c>.</summary>
    public string? Field { get; init; }

    /// <summary>1-based column in the field's text, for expression errors.</summary>
    public int? Column { get; init; }

    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code}{(StepSlug is null ? "" : $" [{StepSlug}]")}: {Message}";
}
