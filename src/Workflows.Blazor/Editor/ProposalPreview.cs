using Workflows.Blazor.Editor.Canvas;
using Workflows.Engine.Diff;
using Workflows.Engine.Layout;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Editor;

/// <summary>
/// A workflow the assistant proposed, shown on the canvas before the user takes it: laid out, with the
/// steps it adds or changes marked against the workflow being edited.
/// </summary>
public sealed record ProposalPreview(WorkflowDefinition Proposal, WorkflowDiff Diff)
{
    public static ProposalPreview Of(WorkflowDefinition current, WorkflowDefinition proposal)
    {
        var laidOut = LayeredLayout.ApplyTo(proposal);
        return new ProposalPreview(laidOut, WorkflowDiff.Compare(current, laidOut));
    }

    public CanvasOverlay Overlay => CanvasOverlay.FromDiff(Diff);

    public string Summary =>
        $"{Diff.Added.Count()} added, {Diff.Changed.Count()} changed, {Diff.Removed.Count()} removed" +
        (Diff.Removed.Any() ? $" ({string.Join(", ", Diff.Removed.Select(s => s.DisplayName))})" : "");
}
