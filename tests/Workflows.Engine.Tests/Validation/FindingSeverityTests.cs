using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

/// <summary>Best-practice advice is a suggestion: it is listed, but it neither blocks nor warns that the flow misbehaves.</summary>
public sealed class FindingSeverityTests
{
    [Theory]
    [InlineData(FindingCodes.MissingErrorPort, """[ { "stepSlug": "t", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "a" } }, { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "success": "end" } } ]""")]
    [InlineData(FindingCodes.ImplicitTrigger, """[ { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "error": "end" } } ]""")]
    public void Validate_ReportsBestPracticeAsASuggestion_NotAWarning(string code, string steps)
    {
        var report = new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps(steps));

        var finding = Assert.Single(report.Findings, f => f.Code == code);
        Assert.Equal(FindingSeverity.Suggestion, finding.Severity);
        Assert.Contains(finding, report.Suggestions);
        Assert.Empty(report.Warnings);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_KeepsAnUnreachableStepAWarning()
    {
        var report = new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps(
            """[ { "stepSlug": "t", "stepType": "trigger", "config": { "type": "manual" } }, { "stepSlug": "b", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "error": "end" } } ]"""));

        Assert.Equal(FindingSeverity.Warning, Assert.Single(report.Findings, f => f.Code == FindingCodes.UnreachableStep).Severity);
    }
}
