using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Messaging;

/// <summary>Checks a push notification's recipient and delivers it through the outbox, its title and text cleaned of control characters.</summary>
public sealed class PushSender(OutboxDelivery delivery)
{
    private const int MaxRecipientLength = 512;

    public Task<SentMessage> SendAsync(OutgoingMessage push, CancellationToken cancellationToken)
    {
        var to = MessageText.SingleLine(push.To);
        if (to.Length is 0 or > MaxRecipientLength)
        {
            throw new StepFailedException("A push notification needs a recipient (to): the device token or user id your push provider knows.");
        }
        var body = MessageText.Clean(push.Body);
        if (body.Trim().Length == 0)
        {
            throw new StepFailedException("A push notification needs some text (body).");
        }
        return delivery.DeliverAsync(push with { Kind = MessageKinds.Push, To = to, Subject = MessageText.SingleLine(push.Subject), Body = body }, cancellationToken);
    }
}
