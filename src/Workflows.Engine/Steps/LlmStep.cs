using System.Text.Json.Nodes;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps;

/// <summary>The <c>llm</c> step: asks a model, with a prompt, for text or JSON, optionally with actions as tools.</summary>
public static class LlmStep
{
    public static StepTypeDeclaration Declaration { get; } = new(
        StepTypes.Llm, "LLM", "Uses AI to analyse data, generate content or decide.", [Ports.Success, Ports.Error], ["systemPrompt"])
    {
        EffectOf = (_, _) => Effect.CallsOut,
        Style = new("#9333ea", "AutoAwesome"),
        Shape = MermaidShape.Flag,
        Palette = new(PaletteGroups.Ai, "Ask AI", ["llm", "gpt", "model", "generate", "write", "classify", "summarise", "summarize"],
            "Ask AI", () => new JsonObject { ["systemPrompt"] = "", ["outputFormat"] = "text" }),
        PromptConfig = "{\"systemPrompt\": \"...\", \"userPrompt\": \"...\", \"outputFormat\": \"text|json\", \"outputSchema\": {JSON schema, optional}, " +
            "\"tools\": [\"customer_get\", ...] (optional, action names), \"temperature\": 0.2}.\n" +
            "  Its output is the answer text, or the parsed JSON object with outputFormat json.",
        CallsOut = true,
        Check = LlmRule.Check,
        OutputType = step => IsJson(step) ? DataType.Object : DataType.Text,
        Outputs = (step, _) => IsJson(step) ? StepOutputShapes.OfJson(step.Config["outputSchema"], step.Config["testOutput"]) : [],
        Fields = (_, actions) => [.. Fields(actions), .. StepText.Retry],
        Summary = (step, _, data) =>
            $"{(IsJson(step) ? "JSON" : "Text")} · {StepText.Plain(step.ConfigString("systemPrompt"), data) ?? "no prompt yet"}",
    };

    /// <summary>True when the step answers in JSON (<c>outputFormat: json</c>) rather than text.</summary>
    public static bool IsJson(StepDefinition step) => step.ConfigString("outputFormat") == "json";

    private static IReadOnlyList<ConfigField> Fields(ActionCatalog actions) =>
    [
        new("systemPrompt", "System prompt", FieldKind.Multiline, "Who the model is and what it must do", Required: true),
        new("userPrompt", "User prompt", FieldKind.Multiline, "The data to work on, e.g. Customer: {{steps.get_customer.output}}"),
        new("outputFormat", "Output", FieldKind.Choice) { Options = ["text", "json"] },
        new("outputSchema", "JSON schema of the output", FieldKind.Json, "Optional; checked when the output is JSON"),
        new("temperature", "Temperature", FieldKind.Number, "0 is focused, 1 is creative"),
        new("maxTokens", "Longest answer, in tokens", FieldKind.Number, "About ¾ of a word each; empty lets the model decide"),
        new("tools", "Actions the AI may use", FieldKind.Names) { Options = StepText.ActionNames(actions), OptionLabels = StepText.ActionLabels(actions) },
        new("threadId", "Thread", FieldKind.Text, "Steps with the same thread remember each other, e.g. {{input.customerId}}"),
    ];
}
