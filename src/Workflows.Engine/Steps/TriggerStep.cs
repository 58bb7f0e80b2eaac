using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Editing;
using Workflows.Engine.Editing.Schedules;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps;

/// <summary>The <c>trigger</c> step: how a workflow starts, by hand, on a schedule, from a webhook or on an event.</summary>
public static class TriggerStep
{
    public static StepTypeDeclaration Declaration { get; } = new(
        StepTypes.Trigger, "Trigger", "How the workflow starts: manually, on a schedule, from a webhook or an event.", [Ports.Success], [])
    {
        EffectOf = (_, _) => Effect.None,
        Style = new("#16a34a", "PlayCircle"),
        Shape = MermaidShape.Stadium,
        Palette = new(PaletteGroups.Start, "Start", ["trigger", "begin", "webhook", "schedule", "event", "manual"],
            "Start", () => new JsonObject { ["type"] = TriggerTypes.Manual }),
        PromptConfig = $"{{\"type\": \"{string.Join("|", TriggerTypes.All)}\"}}; schedule adds \"cron\" (\"0 9 * * 1\"), " +
            $"webhook adds \"path\" (\"{WebhookPaths.Example}\", always starting with {WebhookPaths.Prefix}), event adds \"eventType\" (\"customer.created\").",
        Fields = (step, _) => Fields(step),
        Summary = (step, _, _) => Summary(step),
        Check = (step, context) => Check(step, context),
    };

    private static IReadOnlyList<ConfigField> Fields(StepDefinition step) => step.ConfigString("type") switch
    {
        TriggerTypes.Schedule => [TypeField, new("cron", "Schedule", FieldKind.Schedule, "When it runs, in the time zone beside it", Required: true)],
        TriggerTypes.Webhook => [TypeField, new("path", "Web address", FieldKind.Text,
            $"Other systems start the workflow by sending JSON (POST) to this address, e.g. {WebhookPaths.Example}", Required: true)],
        TriggerTypes.Event => [TypeField, new("eventType", "Event", FieldKind.Text, "e.g. customer.created", Required: true)],
        _ => [TypeField],
    };

    private static ConfigField TypeField => new("type", "Starts", FieldKind.Choice)
    {
        Options = TriggerTypes.All,
        OptionLabels = new Dictionary<string, string>
        {
            [TriggerTypes.Manual] = "By hand", [TriggerTypes.Schedule] = "On a schedule",
            [TriggerTypes.Webhook] = "When a web address is called", [TriggerTypes.Event] = "When an event happens",
        },
    };

    private static string Summary(StepDefinition step) => step.ConfigString("type") switch
    {
        TriggerTypes.Schedule => ScheduleRule.FromCron(step.ConfigString("cron"))?.Describe() ?? $"On a schedule · {step.ConfigString("cron") ?? "not set yet"}",
        TriggerTypes.Event => $"On event {step.ConfigString("eventType") ?? "not chosen yet"}",
        TriggerTypes.Webhook => $"When {step.ConfigString("path") ?? "its web address"} is called",
        null or TriggerTypes.Manual => "Started by hand",
        { } type => Labels.Humanize(type),
    };

    private static IEnumerable<ValidationFinding> Check(StepDefinition trigger, ValidationContext context)
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
                if (trigger.ConfigString("path") is not { Length: > 0 } path)
                {
                    yield return Finding.Error(FindingCodes.MissingConfig, trigger.Slug,
                        $"A webhook trigger needs a path: {WebhookPaths.Rule}, e.g. \"{WebhookPaths.Example}\".", "config.path");
                }
                else if (!WebhookPaths.IsValid(path))
                {
                    yield return Finding.Error(FindingCodes.InvalidWebhookPath, trigger.Slug,
                        $"\"{path}\" is not a webhook path: {WebhookPaths.Rule}, e.g. " +
                        $"\"{WebhookPaths.Suggest(path) ?? WebhookPaths.Example}\".", "config.path");
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
