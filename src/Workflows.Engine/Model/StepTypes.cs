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

    /// <summary>True for the step a run starts at, the trigger (see <see cref="StepTypeDeclaration.StartsRun"/>).</summary>
    public static bool StartsRun(StepDefinition step) => Find(step.Type)?.StartsRun == true;

    /// <summary>The action <paramref name="step"/> runs, by name; null when its type runs none or none is chosen yet.</summary>
    public static string? ActionOf(StepDefinition step) => Find(step.Type)?.RunsAction == true ? step.ConfigString("type") : null;

    /// <summary>True for a loop (see <see cref="StepTypeDeclaration.RepeatsBody"/>).</summary>
    public static bool RepeatsBody(StepDefinition step) => Find(step.Type)?.RepeatsBody == true;

    /// <summary>True for an experiment, a split (see <see cref="StepTypeDeclaration.RunsExperiment"/>).</summary>
    public static bool RunsExperiment(StepDefinition step) => Find(step.Type)?.RunsExperiment == true;

    /// <summary>The names of the types whose steps are experiments, for queries over the steps runs recorded.</summary>
    public static IReadOnlyList<string> Experiments { get; } = [.. All.Where(t => t.RunsExperiment).Select(t => t.Name)];

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
