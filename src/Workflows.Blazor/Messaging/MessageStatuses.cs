namespace Workflows.Blazor.Messaging;

/// <summary>The outbox's status column.</summary>
public static class MessageStatuses
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";

    /// <summary>Kept in the outbox only: no server or provider of its channel was set, so nothing left the app.</summary>
    public const string Stored = "stored";

    /// <summary>Why a stored message did not leave, in the words of Settings → Email &amp; SMS.</summary>
    public static string NotSentReason(string channel) => channel switch
    {
        MessageKinds.Sms => "no SMS provider set",
        MessageKinds.Push => "no push provider set",
        _ => "no email server set",
    };
}
