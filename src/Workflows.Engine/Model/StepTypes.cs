using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Steps;

namespace Workflows.Engine.Model;

/// <summary>The step types of the workflow model; each is declared once, under <c>Steps/</c>.</summary>
public static class StepTypes
{
    public const string Trigger = "trigger";
    public const string Action = "action";
    public const string Llm = "llm";
    public const string Condition = "condition";
    public const string Loop = "loop";
    public const string Approval = "approval";
    public const string Wait = "wait";
    public const string Split = "split";

    /// <summary>Every step type, in the order people meet them; a new type adds its declaration here.</summary>
    public static IReadOnlyList<StepTypeDeclaration> All { get; } =
    [
        TriggerStep.Declaration,
        ActionStep.Declaration,
        LlmStep.Declaration,
        ConditionStep.Declaration,
        LoopStep.Declaration,
        ApprovalStep.Declaration,
        WaitStep.Declaration,
        SplitStep.Declaration,
    ];

    /// <summary>The output ports of <paramref name="step"/> in display order; none for an unknown type.</summary>
    public static IReadOnlyList<string> PortsOf(StepDefinition step) => Find(step.Type)?.PortsOf(step) ?? [];

    /// <summary>What running <paramref name="step"/> does beyond the run; an unknown type counts as calling out.</summary>
    public static Effect EffectOf(StepDefinition step, ActionCatalog actions) => Find(step.Type)?.EffectOf(step, actions) ?? Effect.CallsOut;

    public static StepTypeDeclaration? Find(string type)
    {
        foreach (var declaration in All)
        {
            if (declaration.Name == type)
            {
                return declaration;
            }
        }
        return null;
    }
}
