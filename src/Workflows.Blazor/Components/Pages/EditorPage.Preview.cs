using System.Globalization;
using Microsoft.AspNetCore.Components;
using Workflows.Blazor.Preview;

namespace Workflows.Blazor.Components.Pages;

/// <summary>
/// The editor's Preview view, turned on from the toolbar: in place of the canvas, what the workflow as shown would do to
/// chosen contacts over the coming days, compared if wished with a published version.
/// </summary>
public sealed partial class EditorPage
{
    private bool _showPreview;
    private IReadOnlyList<int> _versions = [];

    [Inject] private WorkflowPreviews Previews { get; set; } = null!;

    /// <summary>What the previewed definition is called: the draft, or the published version looked at.</summary>
    private string PreviewedVersion => Version?.ToString(CultureInfo.InvariantCulture) ?? "draft";

    /// <summary>Previews the definition as the editor shows it, unsaved changes included.</summary>
    private Task<WorkflowPreviewResult> PreviewAsync(WorkflowPreviewRequest request, CancellationToken cancellationToken) =>
        Previews.PreviewAsync(Id, PreviewedVersion, Session.Definition, request, cancellationToken);

    private async Task TogglePreviewAsync()
    {
        if (!_showPreview)
        {
            _versions = (await Store.GetAsync(Id)).Versions.Where(v => v != Version).ToList();
            _showResults = false;
        }
        _showPreview = !_showPreview;
    }
}
