using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Journeys;
using Workflows.Engine.Journeys;
using Workflows.Engine.Journeys.Evals;
using Workflows.Engine.Preview;

namespace Workflows.Blazor.Preview;

/// <summary>
/// Previews a journey for contacts before anyone receives anything: each contact's decisions come from the journey's own
/// decider (the configured model), its guardrails act on a virtual clock starting now, and every action is described, not
/// done. Nothing is written anywhere; the result is kept a while in memory (<see cref="RecentPreviews"/>) as a workflow's is.
/// </summary>
public sealed class JourneyPreviews(
    IDbContextFactory<AppDbContext> contexts, PreviewAudience audience, JourneyPreviewer previewer, JourneyDecider decider, RecentPreviews recent)
{
    public async Task<WorkflowPreviewResult> PreviewAsync(string journeyId, WorkflowPreviewRequest request, CancellationToken cancellationToken = default)
    {
        var plan = audience.PlanOf(request);
        var (version, journey) = await DefinitionAsync(journeyId, request.Version, cancellationToken);
        (string Version, JourneyDefinition Journey)? other = request.Compare is { } compare ? await DefinitionAsync(journeyId, compare, cancellationToken) : null;
        if (await decider.ProviderProblemAsync(cancellationToken) is { } problem)
        {
            throw AppException.Conflict($"{problem} A journey's preview asks its model, as the journey will.");
        }
        var ids = await audience.ContactsAsync(request, PreviewLimits.MaxJourneyContacts, cancellationToken);
        var contacts = await ContactsAsync(ids, cancellationToken);
        var timelines = await TimelinesAsync(journey, contacts, plan, cancellationToken);
        VersionComparison? compared = null;
        if (other is { } then)
        {
            var before = await TimelinesAsync(then.Journey, contacts, plan, cancellationToken);
            compared = new VersionComparison(then.Version, previewer.Summarise(then.Journey, before), PreviewComparison.Of(before, timelines));
        }
        var result = new WorkflowPreviewResult(Ids.New(), null, version, plan.Start, plan.Days, previewer.Summarise(journey, timelines), timelines,
            await audience.NamesAsync(ids, cancellationToken), compared, journeyId);
        recent.Keep(result);
        return result;
    }

    private async Task<IReadOnlyList<ContactTimeline>> TimelinesAsync(
        JourneyDefinition journey, IReadOnlyList<PreviewContact> contacts, PreviewPlan plan, CancellationToken cancellationToken)
    {
        var timelines = new List<ContactTimeline>();
        foreach (var contact in contacts)
        {
            timelines.Add(await previewer.PreviewAsync(journey, contact, plan, (definition, log, now, ct) => DecideAsync(definition, contact, log, now, ct), cancellationToken));
        }
        return timelines;
    }

    /// <summary>A model that cannot be asked stops the preview: a timeline without its decisions would show a journey that does nothing.</summary>
    private async Task<SimulatedDecision> DecideAsync(JourneyDefinition journey, PreviewContact contact, JourneyLog log, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var answer = await decider.DecideAsync(journey, contact.Input?.AsObject(), log, now, cancellationToken);
        return answer.ProviderFailed
            ? throw AppException.Conflict($"The preview stopped because the model could not decide for {contact.Id}. {answer.Problem}")
            : new SimulatedDecision(answer.Decision, answer.Problem);
    }

    /// <summary>Each contact as the model and the actions' templates see them.</summary>
    private async Task<IReadOnlyList<PreviewContact>> ContactsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. ids.Select(id => new PreviewContact(id, CustomerJson.ToJson(customers[id])))];
    }

    /// <summary>The journey's current version unless <paramref name="version"/> names another; a locked journey's contacts follow a workflow, so that is what to preview.</summary>
    private async Task<(string Version, JourneyDefinition Journey)> DefinitionAsync(string journeyId, string? version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.Journeys.AsNoTracking().Where(j => j.Id == journeyId).Select(j => (int?)j.CurrentVersion).FirstOrDefaultAsync(cancellationToken)
            ?? throw AppException.NotFound("journey", journeyId);
        var number = version?.ToLowerInvariant() switch
        {
            null or "" or "current" or "active" => current,
            _ when int.TryParse(version, out var given) && given >= 1 => given,
            "draft" => throw AppException.Invalid("A journey has no draft: every save is a new version. Give current or a version number such as 3."),
            _ => throw AppException.Invalid($"The version '{version}' should be current or a version number such as 3."),
        };
        var journey = await JourneyStore.VersionAsync(db, journeyId, number, cancellationToken);
        return journey is { Mode: JourneyMode.Locked, LockedWorkflowId: { } workflowId }
            ? throw AppException.Invalid($"This journey is locked: its contacts follow the workflow {workflowId}, so preview that workflow (POST /api/workflows/{workflowId}/preview).")
            : (number.ToString(), journey);
    }
}
