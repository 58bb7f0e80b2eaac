using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Runner;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Store;

/// <summary>
/// Workflows and their versions: import a draft, publish immutable versions, activate one so its
/// trigger (webhook path, event type, schedule) starts runs.
/// </summary>
public sealed class WorkflowStore(
    IDbContextFactory<AppDbContext> contexts,
    WorkflowValidator validator,
    DefinitionCache definitions,
    TimeProvider time)
{
    /// <summary>Stores a new draft; one with errors is kept as a draft, one the validator refuses outright is not stored.</summary>
    public async Task<(string Id, ValidationReport Report)> ImportAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        var report = ValidateForStorage(definition);
        var now = time.GetUtcNow();
        var entity = new WorkflowEntity
        {
            Id = Ids.New(),
            Name = definition.Name,
            Description = definition.Description,
            DraftJson = WorkflowJson.Serialize(definition),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Workflows.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return (entity.Id, report);
    }

    /// <summary>Every workflow by name, with its latest run, for the workflows list and the home page.</summary>
    public async Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workflows = await db.Workflows
            .OrderBy(w => w.Name)
            .Select(w => new
            {
                Summary = new WorkflowSummary(w.Id, w.Name, w.Description, w.IsActive, w.ActiveVersion,
                    w.Versions.Max(v => (int?)v.Version), w.TriggerType, w.UpdatedAt),
                // Never-activated workflows have no trigger columns yet: their draft says how they will start.
                Draft = w.TriggerType == null ? w.DraftJson : null,
            })
            .ToListAsync(cancellationToken);
        var latest = db.Executions.GroupBy(e => e.WorkflowId).Select(g => new { WorkflowId = g.Key, CreatedAt = g.Max(e => e.CreatedAt) });
        var lastRuns = (await db.Executions.AsNoTracking()
                .Join(latest, e => new { e.WorkflowId, e.CreatedAt }, l => new { l.WorkflowId, l.CreatedAt }, (e, _) => new { e.WorkflowId, e.Id, e.Status, e.CreatedAt })
                .ToListAsync(cancellationToken))
            .DistinctBy(r => r.WorkflowId)
            .ToDictionary(r => r.WorkflowId, r => new WorkflowLastRun(r.Id, r.Status, r.CreatedAt));
        return workflows.Select(w => w.Summary with
        {
            TriggerType = w.Draft is null ? w.Summary.TriggerType : TriggerInfo.Of(WorkflowJson.Parse(w.Draft)).Type,
            LastRun = lastRuns.GetValueOrDefault(w.Summary.Id),
        }).ToList();
    }

    /// <summary>The published versions of a workflow, newest first.</summary>
    public async Task<IReadOnlyList<WorkflowVersionSummary>> ListVersionsAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowVersions.AsNoTracking()
            .Where(v => v.WorkflowId == id)
            .OrderByDescending(v => v.Version)
            .Select(v => new WorkflowVersionSummary(v.Version, v.CreatedAt, v.CreatedBy))
            .ToListAsync(cancellationToken);
    }

    public async Task<WorkflowEntity> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Workflows.AsNoTracking().Include(w => w.Versions).FirstOrDefaultAsync(w => w.Id == id, cancellationToken)
            ?? throw AppException.NotFound("workflow", id);
    }

    public async Task<WorkflowDefinition> GetDraftAsync(string id, CancellationToken cancellationToken = default) =>
        WorkflowJson.Parse((await GetAsync(id, cancellationToken)).DraftJson);

    /// <summary>Replaces the draft, unless the validator refuses the definition outright; returns its findings.</summary>
    public async Task<ValidationReport> SaveDraftAsync(string id, WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        var report = ValidateForStorage(definition);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Workflows.FindAsync([id], cancellationToken) ?? throw AppException.NotFound("workflow", id);
        entity.Name = definition.Name;
        entity.Description = definition.Description;
        entity.DraftJson = WorkflowJson.Serialize(definition);
        entity.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>Publishes the draft as the next version, unless it has errors. Returns the version number.</summary>
    public Task<int> PublishAsync(string id, CancellationToken cancellationToken = default) => PublishAsync(id, null, cancellationToken);

    /// <summary>Publishes the draft as the next version, recording who published it.</summary>
    public async Task<int> PublishAsync(string id, string? publishedBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Workflows.Include(w => w.Versions).FirstOrDefaultAsync(w => w.Id == id, cancellationToken)
            ?? throw AppException.NotFound("workflow", id);
        var version = PublishDraft(db, entity, publishedBy);
        await db.SaveChangesAsync(cancellationToken);
        return version.Version;
    }

    /// <summary>Publishes the draft if it changed, makes that version the one that runs, and registers its trigger.</summary>
    public Task<int> ActivateAsync(string id, CancellationToken cancellationToken = default) => ActivateAsync(id, null, cancellationToken);

    /// <summary>Activates the workflow; a version published on the way records <paramref name="activatedBy"/> as its publisher.</summary>
    public async Task<int> ActivateAsync(string id, string? activatedBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Workflows.Include(w => w.Versions).FirstOrDefaultAsync(w => w.Id == id, cancellationToken)
            ?? throw AppException.NotFound("workflow", id);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = PublishDraft(db, entity, activatedBy);
        // Not from the cache: the version may be new and still uncommitted, and this activation can yet be refused.
        var trigger = TriggerInfo.Of(WorkflowJson.Parse(version.DefinitionJson));

        var previousEndpoint = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(w => w.WorkflowId == id, cancellationToken);
        await RemoveTriggerRegistrationsAsync(db, id, cancellationToken);
        if (trigger.Type == TriggerTypes.Webhook)
        {
            var owner = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(w => w.Path == trigger.WebhookPath, cancellationToken);
            if (owner is not null && owner.WorkflowId != id)
            {
                if (await db.Workflows.AnyAsync(w => w.Id == owner.WorkflowId && w.IsActive, cancellationToken))
                {
                    throw AppException.Conflict($"The webhook path {trigger.WebhookPath} is already used by another active workflow.");
                }
                // A deactivated workflow keeps its path only until an active one takes it.
                await db.WebhookEndpoints.Where(w => w.Path == owner.Path).ExecuteDeleteAsync(cancellationToken);
            }
            db.WebhookEndpoints.Add(new WebhookEndpointEntity
            {
                Path = trigger.WebhookPath!,
                WorkflowId = id,
                CreatedAt = time.GetUtcNow(),
                // Re-activating keeps the signing secret the sender already has, as long as the path is the same.
                ProtectedSigningSecret = previousEndpoint?.Path == trigger.WebhookPath ? previousEndpoint?.ProtectedSigningSecret : null,
            });
        }
        if (trigger.Type == TriggerTypes.Schedule)
        {
            db.Schedules.Add(new ScheduleEntity
            {
                WorkflowId = id,
                Cron = trigger.Cron!,
                TimeZone = trigger.TimeZone,
                NextFireAt = CronSchedule.NextAfter(trigger.Cron!, trigger.TimeZone, time.GetUtcNow()),
            });
        }

        entity.IsActive = true;
        entity.ActiveVersion = version.Version;
        entity.TriggerType = trigger.Type;
        entity.WebhookPath = trigger.WebhookPath;
        entity.EventType = trigger.EventType;
        entity.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version.Version;
    }

    public async Task DeactivateAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Workflows.FindAsync([id], cancellationToken) ?? throw AppException.NotFound("workflow", id);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The webhook endpoint stays, with the signing secret the sender has; it answers only while the workflow is active.
        await db.Schedules.Where(s => s.WorkflowId == id).ExecuteDeleteAsync(cancellationToken);
        entity.IsActive = false;
        entity.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Workflows.Where(w => w.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw AppException.NotFound("workflow", id);
        }
    }

    /// <summary>The definition of a published version; the active one, or the latest, when no version is given.</summary>
    public async Task<(int Version, WorkflowDefinition Definition)> GetVersionAsync(string id, int? version = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workflow = await db.Workflows.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken)
            ?? throw AppException.NotFound("workflow", id);
        var wanted = version ?? workflow.ActiveVersion;
        var row = await db.WorkflowVersions.AsNoTracking()
            .Where(v => v.WorkflowId == id && (wanted == null || v.Version == wanted))
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw (version is null
                ? AppException.Conflict($"Workflow '{workflow.Name}' has no published version yet. Publish or activate it first.")
                : AppException.NotFound("version", $"{id} v{version}"));
        return (row.Version, definitions.GetOrParse(id, row.Version, row.DefinitionJson));
    }

    /// <summary>Makes a published version the draft again; the next publish makes it the newest version.</summary>
    public async Task RestoreAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        var (_, definition) = await GetVersionAsync(id, version, cancellationToken);
        await SaveDraftAsync(id, definition, cancellationToken);
    }

    /// <summary>
    /// Validates before anything is stored, so nothing is kept that the validator cannot check, and refuses what it
    /// refuses outright (too many steps) with a 400 problem.
    /// </summary>
    private ValidationReport ValidateForStorage(WorkflowDefinition definition)
    {
        var report = validator.Validate(definition);
        if (WorkflowValidator.Refuses(report))
        {
            throw new AppException(ErrorKind.Invalid, "The workflow is too large", string.Join(" ", report.Errors.Select(e => e.Message)));
        }
        return report;
    }

    private WorkflowVersionEntity PublishDraft(AppDbContext db, WorkflowEntity entity, string? publishedBy)
    {
        var latest = entity.Versions.MaxBy(v => v.Version);
        if (latest is not null && latest.DefinitionJson == entity.DraftJson)
        {
            return latest;
        }
        var report = validator.Validate(WorkflowJson.Parse(entity.DraftJson));
        if (!report.IsValid)
        {
            throw new WorkflowValidationException(report);
        }
        var version = new WorkflowVersionEntity
        {
            WorkflowId = entity.Id,
            Version = (latest?.Version ?? 0) + 1,
            DefinitionJson = entity.DraftJson,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = publishedBy,
        };
        db.WorkflowVersions.Add(version);
        entity.Versions.Add(version);
        return version;
    }

    private static async Task RemoveTriggerRegistrationsAsync(AppDbContext db, string id, CancellationToken cancellationToken)
    {
        await db.WebhookEndpoints.Where(w => w.WorkflowId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Schedules.Where(s => s.WorkflowId == id).ExecuteDeleteAsync(cancellationToken);
    }
}
