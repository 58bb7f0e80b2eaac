using Workflows.Engine.Common;

namespace Workflows.Engine.Model;

/// <summary>What a step type is: its output ports and the config keys it cannot do without.</summary>
public sealed record StepTypeDeclaration(
    string Name,
    string DisplayName,
    string Description,
    IReadOnlyList<string> Ports,
    IReadOnlyList<string> RequiredConfig)
{
    /// <summary>For a type whose ports its config names (a split's paths): reads them. Null when the type's ports are <see cref="Ports"/>.</summary>
    public Func<StepDefinition, IReadOnlyList<string>>? PortsFromConfig { get; init; }

    /// <summary>The output ports <paramref name="step"/> has, in display order.</summary>
    public IReadOnlyList<string> PortsOf(StepDefinition step) => PortsFromConfig?.Invoke(step) ?? Ports;

    /// <summary>"an approval step", "an LLM step": how messages name a step of this type.</summary>
    public string Phrase => Article.With((DisplayName.All(char.IsUpper) ? DisplayName : DisplayName.ToLowerInvariant()) + " step");
}
