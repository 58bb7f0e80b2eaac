namespace Workflows.Blazor.Api;

/// <summary>
/// What workflows can be built from: the step types, the actions with their parameters and outputs, and the events the
/// app raises, which an event trigger can listen to.
/// </summary>
public sealed record CatalogResponse(IReadOnlyList<CatalogStepType> StepTypes, IReadOnlyList<CatalogAction> Actions, IReadOnlyList<CatalogEvent> Events);

/// <summary>
/// A step type as its declaration gives it. <c>Ports</c> are its fixed ports; a type whose config names its ports (a
/// split's paths) has <c>PortsFromConfig</c> and says how in <c>ConfigFormat</c>. <c>Config</c> and <c>Outputs</c> are
/// those of a new step of the type (an action's and a trigger's grow with what is chosen). <c>Effect</c> is what it does
/// beyond the run (<c>none</c>, <c>reads_data</c>, <c>writes_data</c>, <c>sends_message</c>, <c>calls_out</c>); an action
/// step's is its action's, so a new one, with no action chosen, says <c>calls_out</c>.
/// </summary>
public sealed record CatalogStepType(
    string Name, string Label, string Description, IReadOnlyList<string> Ports, bool PortsFromConfig, IReadOnlyList<string> RequiredConfig,
    IReadOnlyList<CatalogConfigField> Config, IReadOnlyList<CatalogField> Outputs, string ConfigFormat, bool CallsOut, string Effect);

/// <summary>One field of a step's form: <c>Path</c> is where in the config it is stored, <c>Kind</c> how it is edited.</summary>
public sealed record CatalogConfigField(string Path, string Label, string Kind, string? Help, bool Required, IReadOnlyList<string> Options);

/// <summary>An action; <c>Effect</c> says what running it does beyond the run, as a step type's does.</summary>
public sealed record CatalogAction(
    string Name, string Label, string Category, string Description, IReadOnlyList<string> Aliases, IReadOnlyList<string> Synonyms,
    bool AcceptsAnyParameters, IReadOnlyList<CatalogParameter> Parameters, IReadOnlyList<CatalogField> Outputs, string Effect);

public sealed record CatalogParameter(string Name, string Label, string Type, bool Required, string Description);

/// <summary>One output field; <c>Fields</c> are an object's fields or a list's item fields.</summary>
public sealed record CatalogField(string Name, string Label, string Type, string? Example, IReadOnlyList<CatalogField> Fields);

/// <summary>An event the app raises; a run it starts receives <c>{ eventId, type, subjectId, data }</c> with <c>Data</c>'s fields.</summary>
public sealed record CatalogEvent(string Type, string Label, string Description, IReadOnlyList<CatalogField> Data);
