namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// One journey action told to one webhook subscriber: kept until it was delivered or every attempt failed, so a
/// subscriber that is down for a while still hears the action, and whoever looks can see how often it was tried and why it failed.
/// </summary>
public sealed class JourneySubscriberDeliveryEntity
{
    /// <summary>The action step's delivery id and the subscriber's address, so a second telling of the same action adds nothing.</summary>
    public required string Id { get; set; }

    public required string RunId { get; set; }

    public required string Url { get; set; }

    /// <summary>What is posted: the action as <c>journey.action_taken</c> carries it.</summary>
    public required string PayloadJson { get; set; }

    public int Attempts { get; set; }

    /// <summary>When to try (again); null once delivered or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Why the last attempt failed, e.g. "answered 503".</summary>
    public string? LastError { get; set; }
}
