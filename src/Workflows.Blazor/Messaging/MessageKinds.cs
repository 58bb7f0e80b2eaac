namespace Workflows.Blazor.Messaging;

/// <summary>The outbox's channel column.</summary>
public static class MessageKinds
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Push = "push";
}
