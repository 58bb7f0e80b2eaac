using System.Text.Json.Nodes;
using Workflows.Engine.Editing;
using Workflows.Engine.Expressions.Conditions;
using Workflows.Engine.Model;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps;

/// <summary>The <c>condition</c> step: takes its true or false port by an expression of the condition language.</summary>
public static class ConditionStep
{
    public static StepTypeDeclaration Declaration { get; } = new(
        StepTypes.Condition, "Condition", "Branches on an expression.", [Ports.True, Ports.False, Ports.Error], ["expression"])
    {
        EffectOf = (_, _) => Effect.None,
        Style = new("#d97706", "CallSplit"),
        Shape = MermaidShape.Rhombus,
        ExplainsPort = true,
        ExpressionKeys = ["expression"],
        Check = ExpressionRule.Check,
        Palette = new(PaletteGroups.FlowControl, "Condition", ["if", "branch", "check", "decide", "yes no", "filter"],
            "Check", () => new JsonObject { ["expression"] = "" }),
        PromptConfig = "{\"expression\": \"{{steps.get_customer.output.totalSpent}} > 1000\"}; operators == != > >= < <= && || contains, strings in quotes.",
        Outputs = (_, _) => [DataField.Boolean("result", "Result", "true")],
        Fields = (_, _) => [new("expression", "Condition", FieldKind.Expression, "e.g. {{steps.get_customer.output.tier}} == 'vip'", Required: true)],
        Summary = (step, _, data) =>
            ConditionSummary.Of(step.ConfigString("expression")) ?? StepText.Plain(step.ConfigString("expression"), data) ?? "No condition yet",
    };
}
