using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Live;
using Workflows.Blazor.Security;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Store;

/// <summary>
/// The only writer of workflows and their versions, for the API, the pages, the CLI and the actions alike: it stores
/// drafts, publishes immutable versions, activates one so its trigger (webhook path, event type, schedule) starts runs,
/// and records each change people make in the audit log, in the change's own transaction, under the workflow's name.
/// </summary>
public sealed class WorkflowCommands(
    IDbContextFactory<AppDbContext> contexts,
    WorkflowStore store,
    WorkflowValidator validator,
    AuditLog audit,
    ChangeNotifications changes,
    VersionToRunCache versionsToRun,
    TimeProvider time)
{
    /// <summary>Stores a new draft; one with errors is kept as a draft, one the validator refuses outright is not stored.</summary>
    public Task<(string Id, ValidationReport Report)> ImportAsync(WorkflowDefinition definition, string actor, CancellationToken cancellationToken = default) =>
        AddAsync(definition, actor, AuditActions.WorkflowImported, null, cancellationToken);

    /// <summary>A new workflow with only a manual trigger, for people to build in the editor.</summary>
    public Task<(string Id, ValidationReport Report)> CreateAsync(string name, string actor, CancellationToken cancellationToken = default) =>
        AddAsync(new WorkflowDefinition(name.Trim(), [new StepDefinition("start", StepTypes.Trigger,
            new JsonObject { ["type"] = TriggerTypes.Manual }, new Dictionary<string, string>()) { Name = "Start" }]),
            actor, AuditActions.WorkflowCreated, null, cancellationToken);

    /// <summary>Copies a workflow's draft into a new workflow named "… (copy)"; the copy starts inactive with no versions.</summary>
    public async Task<string> DuplicateAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        var draft = await store.GetDraftAsync(id, cancellationToken);
        var (copy, _) = await AddAsync(draft with { Name = $"{draft.Name} (copy)" }, actor, AuditActions.WorkflowCreated, $"copy of {draft.Name}", cancellationToken);
        return copy;
    }

    /// <summary>
    /// Replaces the draft, unless the validator refuses the definition outright; returns its findings. Each save that changes
    /// the draft is one audit entry saying what changed ("added Send email; moved 2 steps"); a save that changes nothing
    /// writes nothing.
    /// </summary>
    public async Task<ValidationReport> SaveDraftAsync(string id, WorkflowDefinition definition, string actor, CancellationToken cancellationToken = default)
    {
        var report = ValidateForStorage(definition);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Workflows.FindAsync([id], cancellationToken) ?? throw AppException.NotFound("workflow", id);
        if (DraftChanges.Describe(WorkflowJson.Parse(entity.DraftJson), definition) is not { } changed)
        {
            return report;
        }
        Replace(entity, definition);
        audit.Add(db, actor, AuditActions.WorkflowSaved, Target(entity), changed);
        await db.SaveChangesAsync(cancellationToken);
        Changed(id);
        return report;
    }

    /// <summary>
    /// Publishes the draft as the next version, unless it has errors; an unchanged draft is its latest version, published
    /// once. Two publishes of the same draft at once (two first runs, a double click) both get the one version it became.
    /// </summary>
    public async Task<int> PublishAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await WithVersionsAsync(db, id, cancellationToken);
        var version = PublishDraft(db, entity, actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(version).State == EntityState.Added)
        {
            if (await PublishedMeanwhileAsync(id, version, cancellationToken) is { } published)
            {
                return published;
            }
            throw;
        }
        Changed(id);
        return version.Version;
    }

    /// <summary>
    /// Publishes a change of the version that runs (the active one, or else the latest) as the next version, leaving out the
    /// draft's unpublished edits, and makes it the one that runs when the workflow is active; the draft gets the same change,
    /// so the next publish keeps it. The change may not touch the trigger. One audit entry: <paramref name="action"/>, saying
    /// the new version and <paramref name="summary"/>.
    /// </summary>
    public async Task<int> PublishChangeAsync(string id, Func<WorkflowDefinition, WorkflowDefinition> change, string action, string summary,
        string actor, CancellationToken cancellationToken = default)
    {
        var (_, running) = await store.GetVersionAsync(id, cancellationToken: cancellationToken);
        var changed = change(running);
        if (TriggerInfo.Of(changed) != TriggerInfo.Of(running))
        {
            throw new InvalidOperationException("A published change may not touch the trigger: activate a new version for that.");
        }
        var report = validator.Validate(changed);
        if (!report.IsValid)
        {
            throw new WorkflowValidationException(report);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await WithVersionsAsync(db, id, cancellationToken);
        var version = new WorkflowVersionEntity
        {
            WorkflowId = id,
            Version = entity.Versions.Max(v => v.Version) + 1,
            DefinitionJson = WorkflowJson.Serialize(changed),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = actor,
        };
        db.WorkflowVersions.Add(version);
        entity.DraftJson = WorkflowJson.Serialize(change(WorkflowJson.Parse(entity.DraftJson)));
        entity.UpdatedAt = time.GetUtcNow();
        if (entity.IsActive)
        {
            entity.ActiveVersion = version.Version;
        }
        audit.Add(db, actor, action, Target(entity), $"version {version.Version}: {summary}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw AppException.Conflict("Someone published this workflow at the same moment. Reload it and try again.");
        }
        Changed(id);
        return version.Version;
    }

    /// <summary>Publishes the draft if it changed, makes that version the one that runs, and registers its trigger.</summary>
    public async Task<int> ActivateAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await WithVersionsAsync(db, id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = PublishDraft(db, entity, actor);
        // Not from the cache: the version may be new and still uncommitted, and this activation can yet be refused.
        var trigger = TriggerInfo.Of(WorkflowJson.Parse(version.DefinitionJson));

        var previousEndpoint = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(w => w.WorkflowId == id, cancellationToken);
        await RemoveTriggerRegistrationsAsync(db, id, cancellationToken);
        if (trigger.WebhookPath is { } path)
        {
            var owner = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(w => w.Path == path, cancellationToken);
            if (owner is not null && owner.WorkflowId != id)
            {
                if (await db.Workflows.AnyAsync(w => w.Id == owner.WorkflowId && w.IsActive, cancellationToken))
                {
                    throw AppException.Conflict($"The webhook path {path} is already used by another active workflow.");
                }
                // A deactivated workflow keeps its path only until an active one takes it.
                await db.WebhookEndpoints.Where(w => w.Path == owner.Path).ExecuteDeleteAsync(cancellationToken);
            }
            db.WebhookEndpoints.Add(new WebhookEndpointEntity
            {
                Path = path,
                WorkflowId = id,
                CreatedAt = time.GetUtcNow(),
                // Re-activating keeps the signing secret the sender already has, as long as the path is the same.
                ProtectedSigningSecret = previousEndpoint?.Path == path ? previousEndpoint?.ProtectedSigningSecret : null,
            });
        }
        if (trigger.Cron is { } cron)
        {
            db.Schedules.Add(new ScheduleEntity
            {
                WorkflowId = id,
                Cron = cron,
                TimeZone = trigger.TimeZone,
                NextFireAt = CronSchedule.NextAfter(cron, trigger.TimeZone, time.GetUtcNow()),
            });
        }

        entity.IsActive = true;
        entity.ActiveVersion = version.Version;
        entity.TriggerType = trigger.Type;
        entity.WebhookPath = trigger.WebhookPath;
        entity.EventType = trigger.EventType;
        entity.UpdatedAt = time.GetUtcNow();
        audit.Add(db, actor, AuditActions.WorkflowActivated, Target(entity), $"version {version.Version}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Changed(id);
        return version.Version;
    }

    public async Task DeactivateAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Workflows.FindAsync([id], cancellationToken) ?? throw AppException.NotFound("workflow", id);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The webhook endpoint stays, with the signing secret the sender has; it answers only while the workflow is active.
        await db.Schedules.Where(s => s.WorkflowId == id).ExecuteDeleteAsync(cancellationToken);
        entity.IsActive = false;
        entity.UpdatedAt = time.GetUtcNow();
        audit.Add(db, actor, AuditActions.WorkflowDeactivated, Target(entity));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Changed(id);
    }

    /// <summary>Deletes the workflow; its audit entry names it but links nowhere, as its page is gone.</summary>
    public async Task DeleteAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = await db.Workflows.AsNoTracking().Where(w => w.Id == id).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken)
            ?? throw AppException.NotFound("workflow", id);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Workflows.Where(w => w.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw AppException.NotFound("workflow", id);
        }
        audit.Add(db, actor, AuditActions.WorkflowDeleted, name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Changed(id);
    }

    /// <summary>Makes a published version the draft again; the next publish makes it the newest version.</summary>
    public async Task RestoreAsync(string id, int version, string actor, CancellationToken cancellationToken = default)
    {
        var (_, definition) = await store.GetVersionAsync(id, version, cancellationToken);
        ValidateForStorage(definition);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Workflows.FindAsync([id], cancellationToken) ?? throw AppException.NotFound("workflow", id);
        Replace(entity, definition);
        audit.Add(db, actor, AuditActions.WorkflowRestored, Target(entity), $"version {version}");
        await db.SaveChangesAsync(cancellationToken);
        Changed(id);
    }

    private async Task<(string Id, ValidationReport Report)> AddAsync(
        WorkflowDefinition definition, string actor, string action, string? details, CancellationToken cancellationToken)
    {
        var report = ValidateForStorage(definition);
        var now = time.GetUtcNow();
        var entity = new WorkflowEntity { Id = Ids.New(), Name = definition.Name, DraftJson = "", CreatedAt = now, UpdatedAt = now };
        Replace(entity, definition);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Workflows.Add(entity);
        audit.Add(db, actor, action, Target(entity), details);
        await db.SaveChangesAsync(cancellationToken);
        Changed(entity.Id);
        return (entity.Id, report);
    }

    /// <summary>After a change committed: new runs start on the version it left, and open pages show it.</summary>
    private void Changed(string id)
    {
        versionsToRun.Forget(id);
        changes.Publish(new WorkflowChanged(id));
    }

    private void Replace(WorkflowEntity entity, WorkflowDefinition definition)
    {
        entity.Name = definition.Name;
        entity.Description = definition.Description;
        entity.DraftJson = WorkflowJson.Serialize(definition);
        entity.UpdatedAt = time.GetUtcNow();
    }

    /// <summary>
    /// The version another publish stored a moment ago under the number this one wanted: the same draft, so the same
    /// version; a different draft published meanwhile is a conflict the person can retry; null when none was stored.
    /// </summary>
    private async Task<int?> PublishedMeanwhileAsync(string id, WorkflowVersionEntity wanted, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.WorkflowVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.WorkflowId == id && v.Version == wanted.Version, cancellationToken);
        return stored is null || stored.DefinitionJson == wanted.DefinitionJson
            ? stored?.Version
            : throw AppException.Conflict("Someone published another draft of this workflow at the same moment. Reload it and publish again.");
    }

    private static async Task<WorkflowEntity> WithVersionsAsync(AppDbContext db, string id, CancellationToken cancellationToken) =>
        await db.Workflows.Include(w => w.Versions).FirstOrDefaultAsync(w => w.Id == id, cancellationToken)
        ?? throw AppException.NotFound("workflow", id);

    private static AuditTarget Target(WorkflowEntity entity) => AuditTarget.Workflow(entity.Id, entity.Name);

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

    private WorkflowVersionEntity PublishDraft(AppDbContext db, WorkflowEntity entity, string publishedBy)
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
        audit.Add(db, publishedBy, AuditActions.WorkflowPublished, Target(entity), $"version {version.Version}");
        return version;
    }

    private static async Task RemoveTriggerRegistrationsAsync(AppDbContext db, string id, CancellationToken cancellationToken)
    {
        await db.WebhookEndpoints.Where(w => w.WorkflowId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Schedules.Where(s => s.WorkflowId == id).ExecuteDeleteAsync(cancellationToken);
    }
}
