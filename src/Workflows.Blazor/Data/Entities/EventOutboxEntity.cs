namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// One of the app's own events, written in the same transaction as the change it reports and removed once it has been
/// dispatched, so a crash between the two leaves it here to dispatch on start. <see cref="Id"/> becomes the event's id,
/// the key that keeps a second delivery from starting anything twice.
/// </summary>
public sealed class EventOutboxEntity
{
    public required string Id { get; set; }

    public required string Type { get; set; }

    public string? SubjectId { get; set; }

    public string? DataJson { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>When the dispatcher may try it (again); later after each failure, so one bad event never busies the dispatcher.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
