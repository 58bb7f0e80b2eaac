using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Records an event, starts every active workflow whose trigger listens to its type, and resumes
/// executions waiting for it for the same subject, all in one transaction; then tells the subscribers (journeys).
/// The event's id is the idempotency key: delivered again (the outbox retrying after a crash), an event whose record
/// exists starts and resumes nothing, and only the subscribers hear it again.
/// </summary>
public sealed class EventPublisher(
    IDbContextFactory<AppDbContext> contexts,
    ExecutionStarter starter,
    ExecutionDispatcher dispatcher,
    IEnumerable<IEventSubscriber> subscribers,
    TimeProvider time)
{
    public Task<EventResult> PublishAsync(string type, string? subjectId, JsonNode? data, CancellationToken cancellationToken = default) =>
        DeliverAsync(Ids.New(), type, subjectId, data, time.GetUtcNow(), cancellationToken);

    /// <summary>Publishes the event with id <paramref name="eventId"/>, or, when it was published before, tells only the subscribers.</summary>
    public async Task<EventResult> DeliverAsync(
        string eventId, string type, string? subjectId, JsonNode? data, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var eventEntity = new EventEntity { Id = eventId, Type = type, SubjectId = subjectId, DataJson = RunnerJson.Text(data), ReceivedAt = receivedAt };
        var payload = new JsonObject { ["eventId"] = eventEntity.Id, ["type"] = type, ["subjectId"] = subjectId, ["data"] = data?.DeepClone() };

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            await TellSubscribersAsync(type, subjectId, data, cancellationToken);
            return new EventResult(eventId, [], []);
        }
        var listeners = await db.Workflows.AsNoTracking()
            .Where(w => w.IsActive && w.TriggerType == TriggerTypes.Event && w.EventType == type)
            .Select(w => w.Id)
            .ToListAsync(cancellationToken);
        var runs = new List<Data.Entities.ExecutionEntity>();
        foreach (var workflowId in listeners)
        {
            var (version, definition) = await starter.VersionToRunAsync(workflowId, cancellationToken);
            runs.Add(starter.NewExecution(new RunRequest(workflowId, payload.DeepClone(), TriggerTypes.Event)
            {
                SubjectId = subjectId,
                TriggerInfo = new JsonObject { ["eventId"] = eventEntity.Id, ["eventType"] = type },
            }, version, definition));
        }

        var resumed = new List<string>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Events.Add(eventEntity);
            ExecutionStarter.Queue(db, runs);
            await db.SaveChangesAsync(cancellationToken);
            var waiting = await db.Timers.AsNoTracking()
                .Where(t => t.Status == TimerStatus.Pending && t.Kind == BookmarkKind.Event && t.EventType == type && t.SubjectId == subjectId)
                .ToListAsync(cancellationToken);
            foreach (var timer in waiting)
            {
                var resolution = new BookmarkResolution(Ports.Success, payload.DeepClone());
                if (await TimerResumer.ResumeAsync(db, timer.Id, timer.ExecutionId, resolution, now, cancellationToken))
                {
                    resumed.Add(timer.ExecutionId);
                }
            }
            await transaction.CommitAsync(cancellationToken);
        }

        runs.ForEach(run => dispatcher.Signal(run.Id));
        resumed.ForEach(dispatcher.Signal);
        await TellSubscribersAsync(type, subjectId, data, cancellationToken);
        return new EventResult(eventEntity.Id, runs.Select(r => r.Id).ToList(), resumed);
    }

    private async Task TellSubscribersAsync(string type, string? subjectId, JsonNode? data, CancellationToken cancellationToken)
    {
        foreach (var subscriber in subscribers)
        {
            await subscriber.OnEventAsync(type, subjectId, data, cancellationToken);
        }
    }
}
