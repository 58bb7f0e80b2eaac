using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Store;

/// <summary>Reads workflows and their versions; <see cref="WorkflowCommands"/> changes them.</summary>
public sealed class WorkflowStore(IDbContextFactory<AppDbContext> contexts, DefinitionCache definitions)
{
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

    public async Task<WorkflowDetails> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Workflows.AsNoTracking()
            .Where(w => w.Id == id)
            .Select(w => new WorkflowDetails(w.Id, w.Name, w.Description, w.DraftJson, w.IsActive, w.ActiveVersion, w.TriggerType,
                w.Versions.OrderBy(v => v.Version).Select(v => v.Version).ToList()))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw AppException.NotFound("workflow", id);
    }

    /// <summary>The workflow with this id or, when no id matches, this name (ignoring case), as its id and name.</summary>
    public async Task<(string Id, string Name)> FindAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Workflows.AsNoTracking().Select(w => new { w.Id, w.Name }).ToListAsync(cancellationToken);
        return IdOrName.Single([.. records.Select(w => (w.Id, w.Name))], idOrName, "workflow");
    }

    public async Task<WorkflowDefinition> GetDraftAsync(string id, CancellationToken cancellationToken = default) =>
        WorkflowJson.Parse((await GetAsync(id, cancellationToken)).DraftJson);

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
}
