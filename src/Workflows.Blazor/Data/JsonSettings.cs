using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data;

/// <summary>Settings changed in the app (Settings page), one JSON row per area, read fresh every time so a change applies at once.</summary>
public sealed class JsonSettings(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<T> ReadAsync<T>(string key, CancellationToken cancellationToken) where T : new()
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.AppSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        return row is null ? new T() : JsonSerializer.Deserialize<T>(row.ValueJson, Json) ?? new T();
    }

    public async Task WriteAsync<T>(string key, T value, string? changedBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.AppSettings.FindAsync([key], cancellationToken);
        if (row is null)
        {
            row = new AppSettingEntity { Key = key, ValueJson = "" };
            db.AppSettings.Add(row);
        }
        row.ValueJson = JsonSerializer.Serialize(value, Json);
        row.UpdatedAt = time.GetUtcNow();
        row.UpdatedBy = changedBy;
        await db.SaveChangesAsync(cancellationToken);
    }
}
