namespace Workflows.Engine.Model;

/// <summary>What a step type is: its output ports and the config keys it cannot do without.</summary>
public sealed record StepTypeDeclaration(
    string Name,
    string DisplayName,
    string Description,
    IReadOnlyList<string> Ports,
    IReadOnlyList<string> RequiredConfig);
