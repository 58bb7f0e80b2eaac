namespace Workflows.Blazor.Api;

/// <summary>
/// What workflows can be built from: the step types, the actions with their parameters and outputs, and the events the
/// app raises, which an event trigger can listen to.
/// </summary>
public sealed record CatalogResponse(IReadOnlyList<CatalogStepType> StepTypes, IReadOnlyList<CatalogAction> Actions, IReadOnlyList<CatalogEvent> Events);

public sealed record CatalogStepType(string Name, string Label, string Description, IReadOnlyList<string> Ports);

public sealed record CatalogAction(
    string Name, string Label, string Category, string Description, IReadOnlyList<string> Aliases, IReadOnlyList<string> Synonyms,
    bool AcceptsAnyParameters, IReadOnlyList<CatalogParameter> Parameters, IReadOnlyList<CatalogField> Outputs);

public sealed record CatalogParameter(string Name, string Label, string Type, bool Required, string Description);

/// <summary>One output field; <c>Fields</c> are an object's fields or a list's item fields.</summary>
public sealed record CatalogField(string Name, string Label, string Type, string? Example, IReadOnlyList<CatalogField> Fields);

/// <summary>An event the app raises; a run it starts receives <c>{ eventId, type, subjectId, data }</c> with <c>Data</c>'s fields.</summary>
public sealed record CatalogEvent(string Type, string Label, string Description, IReadOnlyList<CatalogField> Data);
