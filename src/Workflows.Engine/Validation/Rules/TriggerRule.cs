using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>One trigger, of a known type, with what that type needs (cron, path, event type).</summary>
internal sealed class TriggerRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        var triggers = context.Definition.Steps.Where(s => s.Type == StepTypes.Trigger).ToList();
        if (triggers.Count == 0)
        {
            yield return Finding.Suggestion(FindingCodes.ImplicitTrigger, context.Graph.Start?.Slug,
                $"There is no trigger, so the workflow starts manually at '{context.Graph.Start?.Slug}'. Add a trigger to run it on a schedule, a webhook or an event.");
        }
        foreach (var extra in triggers.Skip(1))
        {
            yield return Finding.Error(FindingCodes.MultipleTriggers, extra.Slug,
                $"A workflow has exactly one trigger; '{triggers[0].Slug}' is already its trigger.");
        }
        foreach (var trigger in triggers)
        {
            foreach (var finding in CheckTrigger(context, trigger))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<ValidationFinding> CheckTrigger(ValidationContext context, StepDefinition trigger)
    {
        var type = trigger.ConfigString("type") ?? TriggerTypes.Manual;
        switch (type)
        {
            case TriggerTypes.Manual:
                break;
            case TriggerTypes.Schedule:
                var workflowSchedule = context.Definition.Config?["schedule"] as JsonObject;
                if (trigger.ConfigString("cron") is null && workflowSchedule?["cron"] is null)
                {
                    yield return Finding.Error(FindingCodes.MissingConfig, trigger.Slug,
                        "A schedule trigger needs a cron expression, e.g. \"0 9 * * 1\" for Mondays at 9:00.", "config.cron");
                }
                break;
            case TriggerTypes.Webhook:
                if (trigger.ConfigString("path") is not { Length: > 0 } path || !path.StartsWith('/'))
                {
                    yield return Finding.Error(FindingCodes.MissingConfig, trigger.Slug,
                        "A webhook trigger needs a path starting with '/', e.g. \"/webhooks/new-order\".", "config.path");
                }
                break;
            case TriggerTypes.Event:
                if (trigger.ConfigString("eventType") is not { Length: > 0 })
                {
                    yield return Finding.Error(FindingCodes.MissingConfig, trigger.Slug,
                        "An event trigger needs the event type it listens to, e.g. \"customer.created\".", "config.eventType");
                }
                break;
            default:
                yield return Finding.Error(FindingCodes.UnknownTriggerType, trigger.Slug,
                    $"'{type}' is not a trigger type{DidYouMean.Hint(type, TriggerTypes.All)}; use one of {string.Join(", ", TriggerTypes.All)}.",
                    "config.type");
                break;
        }
    }
}
