using Workflows.Engine.Validation;

namespace Workflows.Blazor.Store;

/// <summary>A workflow that cannot be published or activated until its errors are fixed.</summary>
public sealed class WorkflowValidationException(ValidationReport report)
    : Exception($"The workflow has {report.Errors.Count()} error(s): {string.Join(" ", report.Errors.Select(e => e.Message))}")
{
    public ValidationReport Report { get; } = report;
}
