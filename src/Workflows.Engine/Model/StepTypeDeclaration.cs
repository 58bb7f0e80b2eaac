using Workflows.Engine.Common;
using Workflows.Engine.Editing;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Model;

/// <summary>
/// What a step type is, in one place, as <see cref="ActionDeclaration"/> is for an action: its output ports, the config
/// it cannot do without, its form, its own checks, the line that summarises a step, its look, its Mermaid shape and
/// what the assistant is told of it. Everything that differs between step types reads it; none switches on the type.
/// </summary>
public sealed record StepTypeDeclaration(
    string Name,
    string DisplayName,
    string Description,
    IReadOnlyList<string> Ports,
    IReadOnlyList<string> RequiredConfig)
{
    /// <summary>Its colour and icon, the same wherever a step of the type is drawn.</summary>
    public required StepStyle Style { get; init; }

    /// <summary>How a Mermaid flowchart draws it.</summary>
    public MermaidShape Shape { get; init; } = MermaidShape.Rectangle;

    /// <summary>Its palette entry; null when the palette adds it another way (an action is added as one of the actions).</summary>
    public PaletteEntry? Palette { get; init; }

    /// <summary>Its config, as the assistant is told to write it, e.g. <c>{"expression": "…"}</c> with what it means.</summary>
    public required string PromptConfig { get; init; }

    /// <summary>The part of its form beyond the config fields, e.g. the reviewer's form of an approval.</summary>
    public StepDesigner Designer { get; init; } = StepDesigner.None;

    /// <summary>True for the step a run starts at (the trigger): no step links into it, and its output is the run's input.</summary>
    public bool StartsRun { get; init; }

    /// <summary>True when a step runs the action its <c>config.type</c> names (see <see cref="StepTypes.ActionOf"/>).</summary>
    public bool RunsAction { get; init; }

    /// <summary>True when its <c>next</c> port runs a body once per item that comes back to it: the one step a path may lead back to.</summary>
    public bool RepeatsBody { get; init; }

    /// <summary>The config keys written in the condition language rather than as templates, e.g. a condition's expression.</summary>
    public IReadOnlyList<string> ExpressionKeys { get; init; } = [];

    /// <summary>True when it does work outside the run (an action, a model call): it may retry, and should handle its error port.</summary>
    public bool CallsOut { get; init; }

    /// <summary>What running a step of this type does beyond the run; an action's is its action's.</summary>
    public required Func<StepDefinition, ActionCatalog, Effect> EffectOf { get; init; }

    /// <summary>The config keys that hold durations ("3 days"), checked to be readable.</summary>
    public IReadOnlyList<string> DurationKeys { get; init; } = [];

    /// <summary>The fields of the step's form; an action's depend on the chosen action, a trigger's on how it starts.</summary>
    public Func<StepDefinition, ActionCatalog, IReadOnlyList<ConfigField>> Fields { get; init; } = (_, _) => [];

    /// <summary>The type of a step's whole output, e.g. text for an LLM step that answers in text.</summary>
    public Func<StepDefinition, DataType> OutputType { get; init; } = _ => DataType.Object;

    /// <summary>The fields of a step's output (<c>steps.slug.output.…</c>); empty when nothing is known.</summary>
    public Func<StepDefinition, ActionCatalog, IReadOnlyList<DataField>> Outputs { get; init; } = (_, _) => [];

    /// <summary>The one line that says what a step does, in plain words, given what the workflow's steps produce (<see cref="DataTree.Whole"/>).</summary>
    public required Func<StepDefinition, ActionCatalog, IReadOnlyList<DataNode>, string> Summary { get; init; }

    /// <summary>Checks of a step's config that only this type has (a webhook's path, a wait's duration or event).</summary>
    public Func<StepDefinition, ValidationContext, IEnumerable<ValidationFinding>> Check { get; init; } = (_, _) => [];

    /// <summary>For a type whose ports its config names (a split's paths): reads them. Null when the type's ports are <see cref="Ports"/>.</summary>
    public Func<StepDefinition, IReadOnlyList<string>>? PortsFromConfig { get; init; }

    /// <summary>The output ports <paramref name="step"/> has, in display order.</summary>
    public IReadOnlyList<string> PortsOf(StepDefinition step) => PortsFromConfig?.Invoke(step) ?? Ports;

    /// <summary>The ports of a step whose contacts get nothing and whose runs end there (a split's holdout).</summary>
    public Func<StepDefinition, IReadOnlyList<string>> HoldoutPorts { get; init; } = _ => [];

    /// <summary>
    /// True when a step of this type is an experiment (a split): its ports are paths contacts are sent down, whose results
    /// the workflow's stats compare and one of which can be made the winner.
    /// </summary>
    public bool RunsExperiment { get; init; }

    /// <summary>True when a step's output carries an <c>explanation</c> of the port it took (a condition's result, a split's path).</summary>
    public bool ExplainsPort { get; init; }

    /// <summary>"an approval step", "an LLM step": how messages name a step of this type.</summary>
    public string Phrase => Article.With((DisplayName.All(char.IsUpper) ? DisplayName : DisplayName.ToLowerInvariant()) + " step");
}
