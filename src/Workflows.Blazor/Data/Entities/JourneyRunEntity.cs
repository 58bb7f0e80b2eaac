namespace Workflows.Blazor.Data.Entities;

/// <summary>One contact's way through one journey, on the version they were enrolled on.</summary>
public sealed class JourneyRunEntity
{
    public required string Id { get; set; }

    public required string JourneyId { get; set; }

    public int Version { get; set; }

    /// <summary>The customer id the journey is about; events with this subject reach the run.</summary>
    public required string ContactId { get; set; }

    public required JourneyRunStatus Status { get; set; }

    /// <summary>
    /// In the journey's holdout (<see cref="Workflows.Engine.Journeys.JourneyHoldout"/>): on record, hearing its events, but never decided
    /// for, so the journey's conversions can be compared with theirs.
    /// </summary>
    public bool HeldOut { get; set; }

    /// <summary>A new entry (input, event, a fired action) waits for the model's decision; the decision worker takes it up.</summary>
    public bool DecisionDue { get; set; }

    public DateTimeOffset EnrolledAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>
    /// Goes up with every change to the run's log: a decision taken on what the model saw commits only while it is
    /// unchanged, so news that came while the model thought is never decided over.
    /// </summary>
    public long Sequence { get; set; }

    /// <summary>Who may run the run's actions and commit its decisions now (a lease, see <see cref="LeaseExpiresAt"/>).</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When the lease ends unless renewed; a crashed holder's lease is taken over after it.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>Someone is asking the model for this run's decision until then, so nobody else asks the same.</summary>
    public DateTimeOffset? DecidingUntil { get; set; }
}
