namespace Workflows.Blazor.Messaging;

/// <summary>The outbox's status column.</summary>
public static class MessageStatuses
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
