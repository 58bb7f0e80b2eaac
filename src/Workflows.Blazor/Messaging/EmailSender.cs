using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Messaging;

/// <summary>
/// Checks an email, makes its body trackable HTML, and delivers it through the outbox. The body's kind is the
/// one its template has (<see cref="OutgoingMessage.BodyIsHtml"/>): a text body goes as text plus escaped HTML.
/// </summary>
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
        var html = email.BodyIsHtml
            ? await tracking.TrackAsync(email.Body, email.DataRanges, email.TrackingToken, cancellationToken)
            : await tracking.TrackAsync(HtmlBody.FromText(new RenderedMessage(email.Body, false, email.DataRanges)), [], email.TrackingToken, cancellationToken);
        return await delivery.DeliverAsync(email with
        {
            Kind = MessageKinds.Email,
            To = to,
            Subject = MessageText.SingleLine(email.Subject),
            Body = MessageText.Clean(html),
            TextBody = email.BodyIsHtml ? null : MessageText.Clean(email.Body),
            DataRanges = [],
        }, cancellationToken);
    }
}
