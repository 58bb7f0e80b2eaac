using System.Text.Json.Nodes;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps;

/// <summary>The <c>wait</c> step: pauses for a duration, until a time, or until an event arrives (or its timeout passes).</summary>
public static class WaitStep
{
    private static readonly string[] WaysToWait = ["duration", "until", "event"];

    public static StepTypeDeclaration Declaration { get; } = new(
        StepTypes.Wait, "Wait", "Pauses for a duration, until a time, or until an event arrives.", [Ports.Success, Ports.Timeout, Ports.Error], [])
    {
        EffectOf = (_, _) => Effect.None,
        Style = new("#64748b", "HourglassTop"),
        Shape = MermaidShape.Parallelogram,
        Palette = new(PaletteGroups.FlowControl, "Wait", ["delay", "pause", "sleep", "later", "until"],
            "Wait", () => new JsonObject { ["duration"] = "1 day" }),
        PromptConfig = "{\"duration\": \"3 days\"} or {\"until\": \"{{input.date}}\"} or {\"event\": \"email.replied\", \"timeout\": \"7 days\"}.",
        DurationKeys = ["duration", "timeout"],
        Fields = (_, _) =>
        [
            new("duration", "Wait for", FieldKind.Text, "e.g. 3 days, 2 hours"),
            new("until", "Or wait until", FieldKind.Text, "A time, e.g. {{input.sendAt}}"),
            new("event", "Or wait for event", FieldKind.Text, "e.g. email.opened"),
            new("timeout", "Give up on the event after", FieldKind.Text, "e.g. 7 days: then the timeout port is taken"),
        ],
        Summary = (step, _, data) => Summary(step, data),
        Check = (step, _) => WaysToWait.All(key => step.IsConfigMissing(key))
            ? [Finding.Error(FindingCodes.MissingConfig, step.Slug, "A wait needs a duration (\"3 days\"), an until time, or an event to wait for.", "config.duration")]
            : [],
    };

    private static string Summary(StepDefinition step, IReadOnlyList<DataNode> data) =>
        step.ConfigString("duration") is { } duration ? $"For {duration}"
        : StepText.Plain(step.ConfigString("until"), data) is { } until ? $"Until {until}"
        : step.ConfigString("event") is { } name ? $"For event {name}"
        : "No wait set yet";
}
