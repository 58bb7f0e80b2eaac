using System.Text.Json.Nodes;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps;

/// <summary>The <c>loop</c> step: runs its <c>next</c> steps once per item of a list, then takes <c>done</c>.</summary>
public static class LoopStep
{
    public static StepTypeDeclaration Declaration { get; } = new(
        StepTypes.Loop, "Loop", "Runs its next step once for every item of a list, then goes to done.", [Ports.Next, Ports.Done, Ports.Error], ["items"])
    {
        EffectOf = (_, _) => Effect.None,
        Style = new("#0891b2", "Loop"),
        Shape = MermaidShape.Subroutine,
        RepeatsBody = true,
        Check = (step, context) => [.. LoopRule.Check(step, context), .. LoopNestingRule.Check(step, context), .. LoopQueryLimitRule.Check(step, context)],
        Palette = new(PaletteGroups.FlowControl, "For each", ["loop", "repeat", "every item", "list", "iterate"],
            "For each", () => new JsonObject { ["items"] = "", ["itemVariable"] = "item" }),
        PromptConfig = "{\"items\": \"{{steps.find.output.customers}}\", \"itemVariable\": \"customer\"}; port next runs the body for each item " +
            "(the body's last step goes back to the loop slug), done after the last item.",
        Fields = (_, _) =>
        [
            new("items", "List to go through", FieldKind.Text, "The list of items, e.g. {{steps.find_customers.output.customers}}", Required: true),
            new("itemVariable", "Item name", FieldKind.Text, "Each item is {{loop.item}}; this names it too, e.g. customer"),
        ],
        Summary = (step, _, data) => $"Each {step.ConfigString("itemVariable") ?? "item"} in {StepText.Plain(step.ConfigString("items"), data) ?? "…"}",
    };
}
