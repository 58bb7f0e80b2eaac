namespace Workflows.Blazor.Data.Entities;

/// <summary>One contact's way through one journey, on the version they were enrolled on.</summary>
public sealed class JourneyRunEntity
{
    public required string Id { get; set; }

    public required string JourneyId { get; set; }

    public int Version { get; set; }

    /// <summary>The customer id the journey is about; events with this subject reach the run.</summary>
    public required string ContactId { get; set; }

    /// <summary>active or finished.</summary>
    public required string Status { get; set; }

    /// <summary>A new entry (input, event, a fired action) waits for the model's decision; the runner's tick takes it up.</summary>
    public bool DecisionDue { get; set; }

    public DateTimeOffset EnrolledAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
