namespace Workflows.Blazor.Messaging;

/// <summary>
/// A way out of the app for one kind of message (SMTP for email, an HTTP provider for SMS). When no channel
/// of a kind is configured, the outbox itself is the channel: the message is kept there, marked sent.
/// </summary>
public interface IMessageChannel
{
    /// <summary><see cref="MessageKinds.Email"/> or <see cref="MessageKinds.Sms"/>.</summary>
    string Kind { get; }

    /// <summary>What the outbox calls this channel, e.g. smtp.</summary>
    string Name { get; }

    Task<bool> IsConfiguredAsync(CancellationToken cancellationToken);

    /// <summary>Delivers the message; throws <see cref="MessageRefusedException"/> with the provider's words when it cannot.</summary>
    Task SendAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken);
}
