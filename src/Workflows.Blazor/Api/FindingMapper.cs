using Workflows.Engine.Validation;

namespace Workflows.Blazor.Api;

internal static class FindingMapper
{
    public static IReadOnlyList<FindingResponse> ToResponse(this ValidationReport report) =>
        report.Findings.Select(f => new FindingResponse(f.Code, f.Severity.ToString().ToLowerInvariant(), f.StepSlug, f.Message, f.Field, f.Column)).ToList();
}
