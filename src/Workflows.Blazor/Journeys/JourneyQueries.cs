using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Journeys;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Journeys;

/// <summary>What the Journeys page and the API read: a journey's contacts, one contact's timeline, and the paths taken so far.</summary>
public sealed class JourneyQueries(IDbContextFactory<AppDbContext> contexts, ActionCatalog actions)
{
    /// <summary>The names of the workflows a journey may run, by id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> WorkflowNamesAsync(JourneyDefinition journey, CancellationToken cancellationToken = default)
    {
        var ids = WorkflowCall.WorkflowIdsIn(journey);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return ids.Count == 0 ? new Dictionary<string, string>()
            : await db.Workflows.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
    }

    /// <summary>The journey with this id or, when no id matches, this name (ignoring case), as its id and name.</summary>
    public async Task<(string Id, string Name)> FindAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Journeys.AsNoTracking().Select(j => new { j.Id, j.Name }).ToListAsync(cancellationToken);
        return IdOrName.Single([.. records.Select(j => (j.Id, j.Name))], idOrName, "journey");
    }

    public async Task<IReadOnlyList<JourneyRunSummary>> RunsAsync(string journeyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Journeys.AnyAsync(j => j.Id == journeyId, cancellationToken))
        {
            throw AppException.NotFound("journey", journeyId);
        }
        return await Summaries(db, db.JourneyRuns.Where(r => r.JourneyId == journeyId).OrderByDescending(r => r.UpdatedAt)).ToListAsync(cancellationToken);
    }

    public async Task<JourneyTimeline> TimelineAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Separate reads see separate commits on PostgreSQL: the log is read first and the run last, so a timeline never
        // shows an entry (a run's end) without the state that was committed with it.
        var log = await JourneyEntries.LoadAsync(db, runId, cancellationToken);
        var upcoming = (await db.JourneyScheduledActions.AsNoTracking()
            .Where(s => s.RunId == runId && (s.Status == JourneyActionStatus.Pending || s.Status == JourneyActionStatus.AwaitingApproval || s.Status == JourneyActionStatus.Running))
            .OrderBy(s => s.DueAt)
            .ToListAsync(cancellationToken)).Select(ScheduledActionView.Of).ToList();
        var running = await db.JourneyActionSteps.AsNoTracking()
            .Where(s => s.RunId == runId && (s.Status == JourneyActionStatus.Pending || s.Status == JourneyActionStatus.Running))
            .OrderBy(s => s.Id)
            .Select(s => new JourneyStepView(s.Action, s.Status, s.CreatedAt))
            .ToListAsync(cancellationToken);
        var run = await Summaries(db, db.JourneyRuns.Where(r => r.Id == runId)).FirstOrDefaultAsync(cancellationToken) ?? throw AppException.NotFound("journey run", runId);
        return new JourneyTimeline(run, log.Entries, upcoming) { Running = running };
    }

    /// <summary>The paths contacts took (the actions that reached them, in order, by their titles: "Send email"), as a Mermaid flowchart.</summary>
    public async Task<string> MermaidAsync(string journeyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Journeys.AnyAsync(j => j.Id == journeyId, cancellationToken))
        {
            throw AppException.NotFound("journey", journeyId);
        }
        var runs = await db.JourneyRuns.AsNoTracking().Where(r => r.JourneyId == journeyId).Select(r => new { r.Id, r.Status }).ToListAsync(cancellationToken);
        var runIds = runs.Select(r => r.Id).ToList();
        var taken = await db.JourneyEntries.AsNoTracking()
            .Where(e => runIds.Contains(e.RunId) && e.Kind == ContextEntryKinds.ActionTaken)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var byRun = taken.Select(row => (row.RunId, Entry: JourneyEntries.ToEntry(row)))
            .Where(x => x.Entry.Error is null)
            .ToLookup(x => x.RunId, x => actions.FindDeclaration(x.Entry.Action!)?.Title ?? x.Entry.Action!);
        return JourneyMermaid.Write(runs.Select(r => new ObservedPath([.. byRun[r.Id]], r.Status == JourneyRunStatus.Finished)));
    }

    private static IQueryable<JourneyRunSummary> Summaries(AppDbContext db, IQueryable<Data.Entities.JourneyRunEntity> runs) =>
        runs.AsNoTracking().Select(r => new JourneyRunSummary(
            r.Id, r.JourneyId, r.ContactId,
            db.Customers.Where(c => c.Id == r.ContactId).Select(c => c.Name).FirstOrDefault(),
            r.Status, r.Version, r.EnrolledAt, r.UpdatedAt,
            db.JourneyEntries.Count(e => e.RunId == r.Id && e.Kind == ContextEntryKinds.ActionTaken),
            db.JourneyScheduledActions.Count(s => s.RunId == r.Id && (s.Status == JourneyActionStatus.Pending || s.Status == JourneyActionStatus.AwaitingApproval || s.Status == JourneyActionStatus.Running)),
            r.HeldOut));
}
