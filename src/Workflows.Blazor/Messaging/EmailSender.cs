using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Messaging;

/// <summary>Checks an email, makes its body trackable HTML, and delivers it through the outbox.</summary>
public sealed class EmailSender(OutboxDelivery delivery, EmailTracking tracking)
{
    public async Task<SentMessage> SendAsync(OutgoingMessage email, CancellationToken cancellationToken)
    {
        string to;
        try
        {
            to = EmailAddresses.Parse(email.To, "to").Address;
            if (email.From is { Length: > 0 } from)
            {
                EmailAddresses.Parse(from, "from");
            }
        }
        catch (MessageRefusedException invalid)
        {
            throw new StepFailedException(invalid.Message);
        }
        var html = await tracking.TrackAsync(HtmlBody.From(email.Body), email.TrackingToken, cancellationToken);
        return await delivery.DeliverAsync(email with
        {
            Kind = MessageKinds.Email,
            To = to,
            Body = html,
            TextBody = HtmlBody.IsHtml(email.Body) ? null : email.Body,
        }, cancellationToken);
    }
}
