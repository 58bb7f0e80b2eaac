using System.Text.RegularExpressions;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Messaging;

/// <summary>Checks a text message's number and delivers it through the outbox, its text cleaned of control characters.</summary>
public sealed partial class SmsSender(OutboxDelivery delivery)
{
    public Task<SentMessage> SendAsync(OutgoingMessage sms, CancellationToken cancellationToken)
    {
        var to = sms.To.Trim();
        if (!PhoneNumber().IsMatch(to))
        {
            throw new StepFailedException($"'{sms.To}' is not a phone number (to): write it with its country code, such as +4915112345678.");
        }
        return delivery.DeliverAsync(sms with { Kind = MessageKinds.Sms, To = to, Body = MessageText.Clean(sms.Body) }, cancellationToken);
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{5,19}$")]
    private static partial Regex PhoneNumber();
}
