namespace Workflows.Blazor.Api;

/// <summary>What workflows can be built from: the step types and the actions, with their parameters and outputs.</summary>
public sealed record CatalogResponse(IReadOnlyList<CatalogStepType> StepTypes, IReadOnlyList<CatalogAction> Actions);

public sealed record CatalogStepType(string Name, string Label, string Description, IReadOnlyList<string> Ports);

public sealed record CatalogAction(
    string Name, string Label, string Category, string Description, IReadOnlyList<string> Aliases, IReadOnlyList<string> Synonyms,
    bool AcceptsAnyParameters, IReadOnlyList<CatalogParameter> Parameters, IReadOnlyList<CatalogField> Outputs);

public sealed record CatalogParameter(string Name, string Label, string Type, bool Required, string Description);

/// <summary>One output field; <c>Fields</c> are an object's fields or a list's item fields.</summary>
public sealed record CatalogField(string Name, string Label, string Type, string? Example, IReadOnlyList<CatalogField> Fields);
