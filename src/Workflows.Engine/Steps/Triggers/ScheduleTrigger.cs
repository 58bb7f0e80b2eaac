using Workflows.Engine.Editing;
using Workflows.Engine.Editing.Schedules;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps.Triggers;

/// <summary>
/// Started by a cron schedule in a time zone: the trigger's own, else the workflow's <c>config.schedule</c>. Both are
/// checked to mean something, so a schedule never fails only at activation.
/// </summary>
public static class ScheduleTrigger
{
    public static TriggerKind Kind { get; } = new(TriggerTypes.Schedule, "On a schedule")
    {
        Fields = [new("cron", "Schedule", FieldKind.Schedule, "When it runs, in the time zone beside it", Required: true)],
        Summary = step => ScheduleRule.FromCron(step.ConfigString("cron"))?.Describe() ?? $"On a schedule · {step.ConfigString("cron") ?? "not set yet"}",
        PromptConfig = "schedule adds \"cron\" (\"0 9 * * 1\")",
        Listens = TriggerListener.Schedule,
        Check = Check,
    };

    private static IEnumerable<ValidationFinding> Check(StepDefinition trigger, ValidationContext context)
    {
        var (cron, zone) = CronTimes.Of(context.Definition, trigger);
        if (cron is null)
        {
            yield return Finding.Error(FindingCodes.MissingConfig, trigger.Slug,
                "A schedule trigger needs a cron expression, e.g. \"0 9 * * 1\" for Mondays at 9:00.", "config.cron");
        }
        else if (CronTimes.Parse(cron, out var cronProblem) is null)
        {
            yield return Finding.Error(FindingCodes.InvalidCron, trigger.Slug, cronProblem!, "config.cron");
        }
        if (CronTimes.Zone(zone, out var zoneProblem) is null)
        {
            yield return Finding.Error(FindingCodes.InvalidTimeZone, trigger.Slug, zoneProblem!, "config.timezone");
        }
    }
}
