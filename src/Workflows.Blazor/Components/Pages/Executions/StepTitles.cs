using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Components.Pages.Executions;

/// <summary>The names people know a run's steps by, from the version it ran; a step the version no longer has keeps its id.</summary>
public sealed class StepTitles
{
    private readonly IReadOnlyDictionary<string, string> _titles;

    private StepTitles(IReadOnlyDictionary<string, string> titles) => _titles = titles;

    public static StepTitles None { get; } = new(new Dictionary<string, string>());

    public static StepTitles Of(WorkflowDefinition? definition, ActionCatalog actions) =>
        definition is null ? None : new(definition.Steps.ToDictionary(s => s.Slug, s => DataTree.Title(s, actions)));

    public string this[string slug] => _titles.GetValueOrDefault(slug, slug);
}
