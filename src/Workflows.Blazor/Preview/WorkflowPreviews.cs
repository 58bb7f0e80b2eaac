using System.Text.Json.Nodes;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Preview;

namespace Workflows.Blazor.Preview;

/// <summary>
/// Previews a workflow for contacts before anyone receives anything: picks the version and the contacts, and runs the
/// engine's <see cref="WorkflowPreviewer"/> for each on a virtual clock starting now. Nothing is written anywhere; the result
/// is kept a while in memory (<see cref="RecentPreviews"/>).
/// </summary>
public sealed class WorkflowPreviews(WorkflowStore workflows, PreviewAudience audience, WorkflowPreviewer previewer, RecentPreviews recent)
{
    public async Task<WorkflowPreviewResult> PreviewAsync(string workflowId, WorkflowPreviewRequest request, CancellationToken cancellationToken = default)
    {
        var plan = audience.PlanOf(request);
        var (version, definition) = await DefinitionAsync(workflowId, request.Version, cancellationToken);
        return await RunAsync(workflowId, version, definition, plan, request, cancellationToken);
    }

    /// <summary>Previews <paramref name="definition"/> as the editor shows it, saved or not, named <paramref name="version"/> in the result.</summary>
    public Task<WorkflowPreviewResult> PreviewAsync(
        string workflowId, string version, WorkflowDefinition definition, WorkflowPreviewRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(workflowId, version, definition, audience.PlanOf(request), request, cancellationToken);

    private async Task<WorkflowPreviewResult> RunAsync(
        string workflowId, string version, WorkflowDefinition definition, PreviewPlan plan, WorkflowPreviewRequest request, CancellationToken cancellationToken)
    {
        (string Version, WorkflowDefinition Definition)? other = request.Compare is { } compare ? await DefinitionAsync(workflowId, compare, cancellationToken) : null;
        var contacts = await audience.ContactsAsync(request, PreviewLimits.MaxContacts, cancellationToken);
        var timelines = await TimelinesAsync(definition, contacts, plan, cancellationToken);
        var compared = other is { } then ? await CompareAsync(then.Version, then.Definition, contacts, plan, timelines, cancellationToken) : null;
        var result = new WorkflowPreviewResult(Ids.New(), workflowId, version, plan.Start, plan.Days, PreviewSummary.Of(timelines), timelines,
            await audience.NamesAsync(contacts, cancellationToken), compared);
        recent.Keep(result);
        return result;
    }

    private Task<IReadOnlyList<ContactTimeline>> TimelinesAsync(WorkflowDefinition definition, IReadOnlyList<string> contacts, PreviewPlan plan, CancellationToken cancellationToken) =>
        previewer.PreviewAsync(definition, contacts.Select(id => new PreviewContact(id, new JsonObject { ["customerId"] = id })), plan, cancellationToken);

    /// <summary>The other version over the same contacts, on the same clock, under the same scenario.</summary>
    private async Task<VersionComparison> CompareAsync(
        string version, WorkflowDefinition definition, IReadOnlyList<string> contacts, PreviewPlan plan, IReadOnlyList<ContactTimeline> timelines, CancellationToken cancellationToken)
    {
        var before = await TimelinesAsync(definition, contacts, plan, cancellationToken);
        return new VersionComparison(version, PreviewSummary.Of(before), PreviewComparison.Of(before, timelines));
    }

    private async Task<(string Version, WorkflowDefinition Definition)> DefinitionAsync(string workflowId, string? version, CancellationToken cancellationToken)
    {
        switch (version?.ToLowerInvariant())
        {
            case null or "" or "draft":
                return ("draft", await workflows.GetDraftAsync(workflowId, cancellationToken));
            case "active":
                var active = await workflows.GetVersionAsync(workflowId, null, cancellationToken);
                return (active.Version.ToString(), active.Definition);
            default:
                if (!int.TryParse(version, out var number) || number < 1)
                {
                    throw AppException.Invalid($"The version '{version}' should be draft, active or a version number such as 3.");
                }
                return (version, (await workflows.GetVersionAsync(workflowId, number, cancellationToken)).Definition);
        }
    }
}
