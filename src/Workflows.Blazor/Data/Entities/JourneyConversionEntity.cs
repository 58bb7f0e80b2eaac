namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// A journey run whose contact reached one of the journey's conversion goals inside the goal's window after they entered, held out
/// or not; (RunId, Goal) is unique, so a contact converts once per goal however many matching events follow.
/// </summary>
public sealed class JourneyConversionEntity
{
    public required string Id { get; set; }

    public required string JourneyId { get; set; }

    public required string RunId { get; set; }

    /// <summary>The goal's name, as the journey version the contact entered on names it.</summary>
    public required string Goal { get; set; }

    public required string EventType { get; set; }

    /// <summary>Copied from the run, so the report counts a period's conversions without reading the runs.</summary>
    public bool HeldOut { get; set; }

    /// <summary>When the contact entered, so conversions are counted for the same period as the entries.</summary>
    public DateTimeOffset EnrolledAt { get; set; }

    public DateTimeOffset ConvertedAt { get; set; }
}
