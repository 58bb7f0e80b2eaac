using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps;

/// <summary>The <c>action</c> step: runs one of the actions; its form comes from the action's declaration, so new actions need no form code.</summary>
public static class ActionStep
{
    public static StepTypeDeclaration Declaration { get; } = new(
        StepTypes.Action, "Action", "Does something: reads or updates data, sends a message, calls an API.", [Ports.Success, Ports.Error], ["type"])
    {
        EffectOf = (step, actions) => step.ConfigString("type") is { } name && actions.FindDeclaration(name) is { } action ? action.Effect : Effect.CallsOut,
        Style = new("#2563eb", "Bolt"),
        PromptConfig = "{\"type\": \"<action name>\", \"parameters\": {...}}. Use ONLY the actions listed below, with their parameter names.",
        CallsOut = true,
        RunsAction = true,
        Check = ActionRule.Check,
        Fields = (step, actions) => [.. Fields(step, actions), .. StepText.Retry],
        Summary = (step, actions, _) => Summary(step, actions),
        Outputs = (step, actions) => step.ConfigString("type") switch
        {
            SetVariablesAction.Name => StepOutputShapes.Variables(step),
            { } name => actions.FindDeclaration(name)?.Outputs ?? [],
            null => [],
        },
    };

    private static IEnumerable<ConfigField> Fields(StepDefinition step, ActionCatalog actions)
    {
        yield return new ConfigField("type", "What it does", FieldKind.Choice, Required: true)
        {
            Options = StepText.ActionNames(actions), OptionLabels = StepText.ActionLabels(actions),
        };
        var declaration = step.ConfigString("type") is { } name ? actions.FindDeclaration(name) : null;
        foreach (var parameter in declaration?.Parameters ?? [])
        {
            yield return new ConfigField($"parameters.{parameter.Name}", parameter.Title, KindOf(parameter), Sentence(parameter.Description), parameter.Required);
        }
    }

    // An unnamed action is titled by its label already, so its line says what it does instead of repeating it.
    private static string Summary(StepDefinition step, ActionCatalog actions) =>
        step.ConfigString("type") is not { } action ? "Choose an action"
        : actions.FindDeclaration(action) is not { } declaration ? Labels.Humanize(action)
        : DataTree.NameOf(step) is null ? declaration.Description
        : declaration.Title;

    private static string Sentence(string description) => char.ToUpperInvariant(description[0]) + description[1..];

    // Messages people write (an email's body, a text) get several lines.
    private static FieldKind KindOf(ActionParameter parameter) =>
        parameter.Type == ParameterType.String && parameter.Multiline ? FieldKind.Multiline : KindOf(parameter.Type);

    private static FieldKind KindOf(ParameterType type) => type switch
    {
        ParameterType.Number => FieldKind.Number,
        ParameterType.Boolean => FieldKind.Boolean,
        ParameterType.Object or ParameterType.Array or ParameterType.Any => FieldKind.Json,
        _ => FieldKind.Text,
    };
}
