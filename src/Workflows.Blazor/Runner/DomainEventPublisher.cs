using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Runner;

/// <summary>Writes the app's own events to the outbox, from which <see cref="EventOutbox"/> publishes them.</summary>
public sealed class DomainEventPublisher(IDbContextFactory<AppDbContext> contexts, TimeProvider time, ILogger<DomainEventPublisher> log) : IDomainEvents
{
    public void Add(AppDbContext db, string type, string? subjectId, JsonObject data)
    {
        var now = time.GetUtcNow();
        db.EventOutbox.Add(new EventOutboxEntity
        {
            Id = Ids.New(), Type = type, SubjectId = subjectId, DataJson = RunnerJson.Text(data), RaisedAt = now, NextAttemptAt = now,
        });
    }

    public async Task RaiseAsync(string type, string? subjectId, JsonObject data)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            Add(db, type, subjectId, data);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "The {EventType} event for {SubjectId} could not be recorded", type, subjectId);
        }
    }
}
