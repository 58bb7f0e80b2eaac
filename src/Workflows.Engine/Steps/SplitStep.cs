using Workflows.Engine.Editing;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps;

/// <summary>
/// The <c>split</c> step: sends each contact down one of its weighted paths, the same path on every run; its ports are its
/// paths' names, and one path may be a holdout whose contacts get nothing.
/// </summary>
public static class SplitStep
{
    public static StepTypeDeclaration Declaration { get; } = new(
        StepTypes.Split, "Split",
        "Sends each contact down one of several paths by weight, the same path every time; one path may be a holdout that gets nothing.",
        [], [])
    {
        Designer = StepDesigner.SplitPaths,
        EffectOf = (_, _) => Effect.None,
        Style = new("#0d9488", "AltRoute"),
        Shape = MermaidShape.Rhombus,
        Palette = new(PaletteGroups.FlowControl, "Split",
            ["a/b test", "ab test", "experiment", "holdout", "control group", "random", "percent", "cohort", "variant"],
            "Split", SplitConfig.Starting),
        PromptConfig = $"{{\"{SplitConfig.PathsKey}\": [{{\"name\": \"A\", \"weight\": 45}}, {{\"name\": \"B\", \"weight\": 45}}, " +
            $"{{\"name\": \"Holdout\", \"weight\": 10, \"holdout\": true}}], \"{SplitConfig.ContactKey}\": \"{{{{input.email}}}}\"}}; " +
            $"{SplitConfig.MinPaths} to {SplitConfig.MaxPaths} paths, weights in percent adding up to 100. Its ports are the paths' names: " +
            "link every path to a step except the holdout (at most one), whose contacts get nothing and whose run ends there. " +
            "contact says who keeps the same path on every run; empty means the run's customer, so set it inside a loop or after a schedule.",
        PortsFromConfig = SplitConfig.Ports,
        HoldoutPorts = SplitConfig.Holdouts,
        RunsExperiment = true,
        ExplainsPort = true,
        Fields = (_, _) =>
        [
            new(SplitConfig.ContactKey, "Contact", FieldKind.Text, "Who keeps their path each time, e.g. {{input.email}}; empty means the run's customer"),
        ],
        Outputs = (_, _) =>
        [
            DataField.Text("path", "Path taken", "A"),
            DataField.Number("percent", "Share of contacts on this path (%)", "50"),
            DataField.Boolean("holdout", "Held out", "false"),
            DataField.Text("contact", "Contact", "cust_1"),
        ],
        Summary = (step, _, _) => SplitConfig.Summary(step),
        Check = SplitChecks.Check,
    };
}
