namespace Workflows.Blazor.Messaging;

/// <summary>The outbox's channel column.</summary>
public static class MessageKinds
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Push = "push";

    /// <summary>The channel as people name it: Email, SMS or Push.</summary>
    public static string Label(string kind) => kind switch
    {
        Sms => "SMS",
        Push => "Push",
        _ => "Email",
    };
}
