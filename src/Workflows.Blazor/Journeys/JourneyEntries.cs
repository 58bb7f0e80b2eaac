using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>Reads and appends a run's context log in the database.</summary>
internal static class JourneyEntries
{
    public static void Append(AppDbContext db, string runId, ContextEntry entry) =>
        db.JourneyEntries.Add(new JourneyEntryEntity { RunId = runId, Kind = entry.Kind, At = entry.At, DataJson = entry.Data.ToJsonString() });

    /// <summary>
    /// Marks the run changed, in the caller's transaction: its <see cref="JourneyRunEntity.Sequence"/> goes up (a decision
    /// taken on the log before this no longer commits) and, for <paramref name="news"/>, an active run's decision is due (never a held-out one's).
    /// </summary>
    public static Task TouchAsync(AppDbContext db, string runId, bool news, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.JourneyRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Sequence, r => r.Sequence + 1)
            .SetProperty(r => r.UpdatedAt, at)
            .SetProperty(r => r.DecisionDue, r => r.DecisionDue || (news && r.Status == JourneyRunStatus.Active && !r.HeldOut)), cancellationToken);

    public static async Task<JourneyLog> LoadAsync(AppDbContext db, string runId, CancellationToken cancellationToken)
    {
        var rows = await db.JourneyEntries.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return new JourneyLog([.. rows.Select(ToEntry)]);
    }

    public static ContextEntry ToEntry(JourneyEntryEntity row) => new(row.Kind, row.At, JsonNode.Parse(row.DataJson) as JsonObject ?? []);
}
