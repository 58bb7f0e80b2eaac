using Workflows.Engine.Editing.Schedules;
using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>A schedule trigger's cron expression and time zone mean something, so a schedule never fails only at activation.</summary>
internal sealed class ScheduleTriggerRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        var trigger = context.Graph.HasExplicitTrigger ? context.Graph.Start : null;
        if (trigger?.ConfigString("type") != TriggerTypes.Schedule)
        {
            yield break;
        }
        var (cron, zone) = CronTimes.Of(context.Definition, trigger);
        if (cron is not null && CronTimes.Parse(cron, out var cronProblem) is null)
        {
            yield return Finding.Error(FindingCodes.InvalidCron, trigger.Slug, cronProblem!, "config.cron");
        }
        if (CronTimes.Zone(zone, out var zoneProblem) is null)
        {
            yield return Finding.Error(FindingCodes.InvalidTimeZone, trigger.Slug, zoneProblem!, "config.timezone");
        }
    }
}
