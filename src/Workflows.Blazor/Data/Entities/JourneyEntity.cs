namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// A journey: its name, its latest saved version, and the enrolling event copied from that version so the event
/// intake finds journeys by index. Every save adds a version; runs keep the version they were enrolled on.
/// </summary>
public sealed class JourneyEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public int CurrentVersion { get; set; }

    public string? EnrolEvent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<JourneyVersionEntity> Versions { get; set; } = [];
}
