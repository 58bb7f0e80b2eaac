using Microsoft.EntityFrameworkCore;
using System.Text.Json.Nodes;
using Workflows.Blazor.Actions;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Preview;

namespace Workflows.Blazor.Preview;

/// <summary>
/// Previews a workflow for contacts before anyone receives anything: picks the version and the contacts, and runs the
/// engine's <see cref="WorkflowPreviewer"/> for each on a virtual clock starting now. Nothing is written anywhere; the result
/// is kept a while in memory (<see cref="RecentPreviews"/>).
/// </summary>
public sealed class WorkflowPreviews(
    IDbContextFactory<AppDbContext> contexts, WorkflowStore workflows, SegmentMembers segments, WorkflowPreviewer previewer, RecentPreviews recent, TimeProvider time)
{
    public async Task<WorkflowPreviewResult> PreviewAsync(string workflowId, WorkflowPreviewRequest request, CancellationToken cancellationToken = default)
    {
        var plan = PlanOf(request);
        var (version, definition) = await DefinitionAsync(workflowId, request.Version, cancellationToken);
        return await RunAsync(workflowId, version, definition, plan, request, cancellationToken);
    }

    /// <summary>Previews <paramref name="definition"/> as the editor shows it, saved or not, named <paramref name="version"/> in the result.</summary>
    public Task<WorkflowPreviewResult> PreviewAsync(
        string workflowId, string version, WorkflowDefinition definition, WorkflowPreviewRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(workflowId, version, definition, PlanOf(request), request, cancellationToken);

    private PreviewPlan PlanOf(WorkflowPreviewRequest request)
    {
        var days = request.Days ?? PreviewLimits.DefaultDays;
        if (days is < 1 or > PreviewLimits.MaxDays)
        {
            throw AppException.Invalid($"A preview looks 1 to {PreviewLimits.MaxDays} days ahead; {days} days cannot be previewed.");
        }
        return new PreviewPlan(time.GetUtcNow(), days, PreviewScenarios.Read(request.Scenario, days));
    }

    private async Task<WorkflowPreviewResult> RunAsync(
        string workflowId, string version, WorkflowDefinition definition, PreviewPlan plan, WorkflowPreviewRequest request, CancellationToken cancellationToken)
    {
        (string Version, WorkflowDefinition Definition)? other = request.Compare is { } compare ? await DefinitionAsync(workflowId, compare, cancellationToken) : null;
        var contacts = await ContactsAsync(request, cancellationToken);
        var timelines = await TimelinesAsync(definition, contacts, plan, cancellationToken);
        var compared = other is { } then ? await CompareAsync(then.Version, then.Definition, contacts, plan, timelines, cancellationToken) : null;
        var result = new WorkflowPreviewResult(Ids.New(), workflowId, version, plan.Start, plan.Days, PreviewSummary.Of(timelines), timelines,
            await NamesAsync(contacts, cancellationToken), compared);
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

    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
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

    private async Task<IReadOnlyList<string>> ContactsAsync(WorkflowPreviewRequest request, CancellationToken cancellationToken)
    {
        if (request.Sample is { } sample && sample is < 1 or > PreviewLimits.MaxContacts)
        {
            throw AppException.Invalid($"A sample has 1 to {PreviewLimits.MaxContacts:N0} contacts.");
        }
        if (request.Contacts is { Count: > 0 } ids)
        {
            return request.SegmentId is null && request.Sample is null
                ? await KnownAsync(ids, cancellationToken)
                : throw AppException.Invalid("Choose the contacts, or a segment (or a sample), not both.");
        }
        var pool = request.SegmentId is { } segmentId
            ? (await segments.OfAsync(segmentId, cancellationToken)).CustomerIds
            : request.Sample is not null ? await AllCustomersAsync(cancellationToken)
            : throw AppException.Invalid("Choose whom to preview: contacts (their ids), a segmentId, or a sample size.");
        var wanted = request.Sample ?? PreviewLimits.MaxContacts;
        if (request.Sample is null && pool.Count > wanted)
        {
            throw AppException.Invalid($"The segment holds {pool.Count:N0} customers; preview a sample of at most {PreviewLimits.MaxContacts:N0}.");
        }
        return Sampled(pool, wanted);
    }

    /// <summary>The same sample for the same pool every time, so two versions can be compared over the same contacts.</summary>
    private static IReadOnlyList<string> Sampled(IReadOnlyList<string> pool, int count)
    {
        if (pool.Count <= count)
        {
            return pool;
        }
        var shuffled = pool.ToArray();
        new Random(pool.Count).Shuffle(shuffled);
        return shuffled.Take(count).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<IReadOnlyList<string>> KnownAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count > PreviewLimits.MaxContacts)
        {
            throw AppException.Invalid($"A preview takes at most {PreviewLimits.MaxContacts:N0} contacts.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return ids.FirstOrDefault(id => !known.Contains(id)) is { } unknown ? throw AppException.NotFound("contact", unknown) : ids.Distinct().ToList();
    }

    private async Task<IReadOnlyList<string>> AllCustomersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }
}
