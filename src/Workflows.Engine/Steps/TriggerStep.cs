using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Editing;
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
        Designer = StepDesigner.TriggerInput,
        StartsRun = true,
        EffectOf = (_, _) => Effect.None,
        Style = new("#16a34a", "PlayCircle"),
        Shape = MermaidShape.Stadium,
        Palette = new(PaletteGroups.Start, "Start", ["trigger", "begin", "webhook", "schedule", "event", "manual"],
            "Start", () => new JsonObject { ["type"] = TriggerTypes.Manual }),
        PromptConfig = $"{{\"type\": \"{string.Join("|", TriggerTypes.All)}\"}}; " +
            string.Join(", ", TriggerTypes.Kinds.Select(k => k.PromptConfig).OfType<string>()) + ".",
        Fields = (step, _) => Fields(step),
        Summary = (step, _, _) => Summary(step),
        Check = (step, context) => Check(step, context),
    };

    private static IReadOnlyList<ConfigField> Fields(StepDefinition step) => [TypeField, .. TriggerTypes.Of(step)?.Fields ?? []];

    private static ConfigField TypeField => new("type", "Starts", FieldKind.Choice)
    {
        Options = TriggerTypes.All,
        OptionLabels = TriggerTypes.Kinds.ToDictionary(k => k.Name, k => k.Label),
    };

    private static string Summary(StepDefinition step) => TriggerTypes.Of(step)?.Summary(step) ?? Labels.Humanize(step.ConfigString("type")!);

    private static IEnumerable<ValidationFinding> Check(StepDefinition trigger, ValidationContext context)
    {
        if (TriggerTypes.Of(trigger) is { } kind)
        {
            return kind.Check(trigger, context);
        }
        var type = trigger.ConfigString("type")!;
        return [Finding.Error(FindingCodes.UnknownTriggerType, trigger.Slug,
            $"'{type}' is not a trigger type{DidYouMean.Hint(type, TriggerTypes.All)}; use one of {string.Join(", ", TriggerTypes.All)}.", "config.type")];
    }
}
