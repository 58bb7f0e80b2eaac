using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;
using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// The conversion goals of published versions. A version never changes once published, so its goals are read once, with
/// the runner's parsed definition, and kept: an event for runs of known versions costs no query and no parse here, and a
/// version without goals is passed over with one dictionary look-up.
/// </summary>
public sealed class VersionGoals(DefinitionCache definitions)
{
    private readonly ConcurrentDictionary<(string WorkflowId, int Version), IReadOnlyList<ConversionGoal>> _goals = new();

    /// <summary>The goals of each of <paramref name="versions"/>; one query reads all those not known yet.</summary>
    public async Task<IReadOnlyDictionary<(string WorkflowId, int Version), IReadOnlyList<ConversionGoal>>> OfAsync(
        AppDbContext db, IReadOnlyCollection<(string WorkflowId, int Version)> versions, CancellationToken cancellationToken = default)
    {
        var unknown = versions.Where(v => !_goals.ContainsKey(v)).ToList();
        if (unknown.Count > 0)
        {
            await ReadAsync(db, unknown, cancellationToken);
        }
        return versions.Distinct().ToDictionary(v => v, v => _goals.GetValueOrDefault(v) ?? []);
    }

    private async Task ReadAsync(AppDbContext db, List<(string WorkflowId, int Version)> unknown, CancellationToken cancellationToken)
    {
        var workflowIds = unknown.Select(v => v.WorkflowId).Distinct().ToList();
        var stored = await db.WorkflowVersions.AsNoTracking()
            .Where(v => workflowIds.Contains(v.WorkflowId))
            .Select(v => new { v.WorkflowId, v.Version, v.DefinitionJson })
            .ToListAsync(cancellationToken);
        foreach (var version in stored)
        {
            _goals.TryAdd((version.WorkflowId, version.Version),
                ConversionGoals.Of(definitions.GetOrParse(version.WorkflowId, version.Version, version.DefinitionJson)));
        }
        // A version no longer stored belongs to a deleted workflow: it has no goals, and its number is never used again.
        foreach (var gone in unknown.Where(v => !_goals.ContainsKey(v)))
        {
            _goals.TryAdd(gone, []);
        }
    }
}
