using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>
/// The one line under a node's name that says what the step does, in plain words, as its type declares it: an action by its label, data a
/// template inserts by the label of its field (the data is <see cref="DataTree.Whole"/>), never an id.
/// </summary>
public static class StepSummary
{
    public static string For(StepDefinition step, ActionCatalog actions, IReadOnlyList<DataNode> data) =>
        StepTypes.Find(step.Type)?.Summary(step, actions, data) ?? Labels.Humanize(step.Type);

    /// <summary>Cuts text to fit a node, ending with an ellipsis when cut.</summary>
    public static string Fit(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
