namespace Workflows.Engine.Validation.Rules;

/// <summary>Short constructors for findings, so rules read as the checks they make.</summary>
internal static class Finding
{
    public static ValidationFinding Error(string code, string? step, string message, string? field = null) =>
        new(code, FindingSeverity.Error, step, message) { Field = field };

    public static ValidationFinding Warning(string code, string? step, string message, string? field = null) =>
        new(code, FindingSeverity.Warning, step, message) { Field = field };

    public static ValidationFinding Suggestion(string code, string? step, string message, string? field = null) =>
        new(code, FindingSeverity.Suggestion, step, message) { Field = field };
}
