namespace Workflows.Blazor.Data.Entities;

/// <summary>One entry of a run's append-only context log (input, event, decision, action taken, ...); the id orders them.</summary>
public sealed class JourneyEntryEntity
{
    public long Id { get; set; }

    public required string RunId { get; set; }

    public required string Kind { get; set; }

    public DateTimeOffset At { get; set; }

    public string DataJson { get; set; } = "{}";
}
