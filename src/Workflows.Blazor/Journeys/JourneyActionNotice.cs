using System.Text.Json.Nodes;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Tells who listens that a journey's action ran, in the same commit as the step's outcome: <c>journey.action_taken</c>
/// (which the journey's webhook subscribers receive) and each event subscriber's own event type, through the outbox.
/// Journeys do not hear these events themselves (<see cref="IsFromJourney"/>), so two journeys never answer each other without end.
/// </summary>
public sealed record JourneyActionNotice(string JourneyId, int Version, string RunId, string ContactId, IReadOnlyList<ActionSubscriber> Subscribers)
{
    public void Raise(AppDbContext db, IDomainEvents events, JourneyActionStepEntity step, ActionOutcome outcome, DateTimeOffset at)
    {
        var data = new JsonObject
        {
            ["journeyId"] = JourneyId,
            ["journeyVersion"] = Version,
            [RunKey] = RunId,
            ["contactId"] = ContactId,
            ["action"] = step.Action,
            ["parameters"] = outcome.Parameters.DeepClone(),
            ["result"] = outcome.Output?.DeepClone(),
            ["error"] = outcome.Error,
            ["scheduledId"] = step.ScheduledId,
            ["deliveryId"] = step.IdempotencyKey,
            ["at"] = at.ToString("O"),
        };
        events.Add(db, DomainEventNames.JourneyActionTaken, ContactId, data);
        foreach (var subscriber in Subscribers.Where(s => s.Event is not null && s.Hears(step.Action)))
        {
            events.Add(db, subscriber.Event!, ContactId, (JsonObject)data.DeepClone());
        }
    }

    /// <summary>Whether an event's data says a journey's action raised it.</summary>
    public static bool IsFromJourney(JsonNode? data) => data is JsonObject fields && fields[RunKey] is not null;

    private const string RunKey = "journeyRunId";
}
