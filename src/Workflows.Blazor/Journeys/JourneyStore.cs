using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Security;
using Workflows.Engine.Journeys;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// The only writer of journey definitions: checked on save, and versioned (every save is a new immutable version; runs
/// keep theirs), each save recorded in the audit log under the journey's name in the save's own transaction.
/// </summary>
public sealed class JourneyStore(IDbContextFactory<AppDbContext> contexts, ActionCatalog catalog, AuditLog audit, TimeProvider time)
{
    public async Task<JourneyDetails> CreateAsync(JourneyDefinition definition, string actor, CancellationToken cancellationToken = default)
    {
        await CheckAsync(definition, cancellationToken);
        var now = time.GetUtcNow();
        var journey = new JourneyEntity
        {
            Id = Ids.Short("jny"),
            Name = definition.Name.Trim(),
            CurrentVersion = 1,
            EnrolEvent = EnrolEventOf(definition),
            CreatedAt = now,
            UpdatedAt = now,
        };
        journey.Versions.Add(new JourneyVersionEntity { JourneyId = journey.Id, Version = 1, DefinitionJson = JourneyJson.Write(definition), CreatedAt = now, CreatedBy = actor });
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Journeys.Add(journey);
        audit.Add(db, actor, AuditActions.JourneyCreated, AuditTarget.Journey(journey.Id, journey.Name));
        await db.SaveChangesAsync(cancellationToken);
        return new JourneyDetails(journey.Id, 1, definition, now);
    }

    public async Task<JourneyDetails> SaveAsync(string id, JourneyDefinition definition, string actor, CancellationToken cancellationToken = default)
    {
        await CheckAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys.FirstOrDefaultAsync(j => j.Id == id, cancellationToken) ?? throw AppException.NotFound("journey", id);
        var now = time.GetUtcNow();
        journey.CurrentVersion++;
        journey.Name = definition.Name.Trim();
        journey.EnrolEvent = EnrolEventOf(definition);
        journey.UpdatedAt = now;
        db.JourneyVersions.Add(new JourneyVersionEntity
        {
            JourneyId = id, Version = journey.CurrentVersion, DefinitionJson = JourneyJson.Write(definition), CreatedAt = now, CreatedBy = actor,
        });
        audit.Add(db, actor, AuditActions.JourneySaved, AuditTarget.Journey(id, journey.Name), $"version {journey.CurrentVersion}");
        await db.SaveChangesAsync(cancellationToken);
        return new JourneyDetails(id, journey.CurrentVersion, definition, now);
    }

    public async Task<JourneyDetails> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken) ?? throw AppException.NotFound("journey", id);
        return new JourneyDetails(id, journey.CurrentVersion, await VersionAsync(db, id, journey.CurrentVersion, cancellationToken), journey.UpdatedAt);
    }

    public async Task<IReadOnlyList<JourneySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Journeys.AsNoTracking()
            .Select(j => new
            {
                Journey = j,
                Definition = db.JourneyVersions.Where(v => v.JourneyId == j.Id && v.Version == j.CurrentVersion).Select(v => v.DefinitionJson).First(),
                Active = db.JourneyRuns.Count(r => r.JourneyId == j.Id && r.Status == JourneyRunStatus.Active),
                Total = db.JourneyRuns.Count(r => r.JourneyId == j.Id),
            })
            .ToListAsync(cancellationToken);
        var segments = await SegmentNamesAsync(cancellationToken);
        return rows
            .Select(r => (r, Definition: JourneyJson.Parse(r.Definition)))
            .Select(x => new JourneySummary(x.r.Journey.Id, x.r.Journey.Name, x.r.Journey.CurrentVersion, x.Definition.Mode,
                AudienceText(x.Definition.Audience, segments), x.r.Active, x.r.Total, x.r.Journey.UpdatedAt))
            .OrderByDescending(s => s.UpdatedAt)
            .ToList();
    }

    /// <summary>The definition a run follows: the version it was enrolled on.</summary>
    public static async Task<JourneyDefinition> VersionAsync(AppDbContext db, string journeyId, int version, CancellationToken cancellationToken)
    {
        var json = await db.JourneyVersions.AsNoTracking()
            .Where(v => v.JourneyId == journeyId && v.Version == version)
            .Select(v => v.DefinitionJson)
            .FirstOrDefaultAsync(cancellationToken) ?? throw AppException.NotFound($"version {version} of journey", journeyId);
        return JourneyJson.Parse(json);
    }

    /// <summary>Who enters, in a few words; <paramref name="segmentNames"/> turns a segment's id into its name.</summary>
    public static string? AudienceText(JourneyAudience audience, IReadOnlyDictionary<string, string> segmentNames) =>
        audience.EnrolEvent is { } enrolEvent ? $"event {enrolEvent}"
        : audience.SegmentId is { } segment ? $"segment {segmentNames.GetValueOrDefault(segment, segment)}{(audience.EnrolNewMembers ? ", new members too" : "")}"
        : null;

    public async Task<IReadOnlyDictionary<string, string>> SegmentNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SegmentationRules.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
    }

    /// <summary>The segments a journey may enrol, in the order of their priority.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> SegmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.SegmentationRules.AsNoTracking().OrderBy(s => s.Priority).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name)).ToList();
    }

    private async Task CheckAsync(JourneyDefinition definition, CancellationToken cancellationToken)
    {
        var problems = JourneyChecks.Problems(definition, WorkflowCall.Including(catalog.FindDeclaration)).ToList();
        var called = WorkflowCall.WorkflowIdsIn(definition);
        if (called.Count > 0)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var known = await db.Workflows.AsNoTracking().Where(w => called.Contains(w.Id)).Select(w => w.Id).ToListAsync(cancellationToken);
            problems.AddRange(called.Except(known).Select(id => $"'{WorkflowCall.ActionFor(id)}' runs a workflow that does not exist (was it deleted?)."));
        }
        if (problems.Count > 0)
        {
            throw AppException.Invalid(string.Join(" ", problems));
        }
    }

    private static string? EnrolEventOf(JourneyDefinition definition) =>
        string.IsNullOrWhiteSpace(definition.Audience.EnrolEvent) ? null : definition.Audience.EnrolEvent.Trim();
}
