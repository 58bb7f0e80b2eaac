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

    public static async Task<JourneyLog> LoadAsync(AppDbContext db, string runId, CancellationToken cancellationToken)
    {
        var rows = await db.JourneyEntries.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return new JourneyLog([.. rows.Select(ToEntry)]);
    }

    public static ContextEntry ToEntry(JourneyEntryEntity row) => new(row.Kind, row.At, JsonNode.Parse(row.DataJson) as JsonObject ?? []);
}
