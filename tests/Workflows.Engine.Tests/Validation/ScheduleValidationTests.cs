using Microsoft.Extensions.Time.Testing;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

/// <summary>A schedule's cron and time zone are checked when the workflow is validated, not first at activation.</summary>
public sealed class ScheduleValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static ValidationReport Validate(string triggerConfig, string workflowConfig = "{}") =>
        new WorkflowValidator(new GuideActions().Catalog(), time: new FakeTimeProvider(Now)).Validate(Workflows.Engine.Model.WorkflowJson.Parse($$"""
            { "name": "test", "config": {{workflowConfig}}, "steps": [
              { "stepSlug": "t", "stepType": "trigger", "config": {{triggerConfig}}, "nextSteps": { "success": "a" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "error": "end" } } ] }
            """));

    [Fact]
    public void Validate_RefusesACronWrittenInWords()
    {
        var report = Validate("""{ "type": "schedule", "cron": "every day at 9" }""");

        var finding = Assert.Single(report.Errors);
        Assert.Equal((FindingCodes.InvalidCron, "t", "config.cron"), (finding.Code, finding.StepSlug, finding.Field));
        Assert.Contains("'every day at 9' is not a cron expression", finding.Message);
        Assert.Empty(report.NextFireTimes);
    }

    [Fact]
    public void Validate_RefusesATimeZoneThatDoesNotExist()
    {
        var report = Validate("""{ "type": "schedule", "cron": "0 9 * * *", "timezone": "Mars/Olympus" }""");

        var finding = Assert.Single(report.Errors);
        Assert.Equal((FindingCodes.InvalidTimeZone, "config.timezone"), (finding.Code, finding.Field));
        Assert.Contains("'Mars/Olympus' is not a time zone", finding.Message);
    }

    [Fact]
    public void Validate_ChecksTheWorkflowsOwnSchedule_WhenTheTriggerHasNone()
    {
        var report = Validate("""{ "type": "schedule" }""", """{ "schedule": { "cron": "61 9 * * *" } }""");

        Assert.Equal(FindingCodes.InvalidCron, Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void Validate_GivesTheNextFireTimes_InTheScheduleTimeZone()
    {
        var report = Validate("""{ "type": "schedule", "cron": "0 9 * * *", "timezone": "Europe/Paris" }""");

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
        Assert.Equal(5, report.NextFireTimes.Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero), report.NextFireTimes[0]);
        Assert.Equal(TimeSpan.FromDays(1), report.NextFireTimes[1] - report.NextFireTimes[0]);
    }

    [Fact]
    public void Validate_GivesNoFireTimes_ForAManualTrigger()
    {
        Assert.Empty(Validate("""{ "type": "manual" }""").NextFireTimes);
    }
}
