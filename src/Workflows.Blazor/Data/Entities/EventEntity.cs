namespace Workflows.Blazor.Data.Entities;

/// <summary>An event received through the API, such as <c>order.placed</c> for a customer.</summary>
public sealed class EventEntity
{
    public required string Id { get; set; }

    public required string Type { get; set; }

    public string? SubjectId { get; set; }

    public string? DataJson { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
