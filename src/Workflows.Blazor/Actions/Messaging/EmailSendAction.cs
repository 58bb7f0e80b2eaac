using Workflows.Blazor.Messaging;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Messaging;

/// <summary><c>email_send</c>: one email, sent once per step even when the step is re-run after a crash.</summary>
public sealed class EmailSendAction(EmailSender sender) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new(
        "email_send", "messaging",
        "Sends an email by SMTP when Settings → Email & SMS has a server, otherwise keeps it in the outbox. Opens and clicks raise email.opened and email.clicked.",
        [
            ActionParameter.Mandatory("to", ParameterType.String, "the recipient's email address"),
            ActionParameter.Mandatory("subject", ParameterType.String, "the subject line"),
            ActionParameter.Mandatory("body", ParameterType.String, "the message, as text or simple HTML") with { IsMessage = true },
            ActionParameter.Optional("customerId", ParameterType.String, "whom the email is about; opens and clicks are events for this customer (the run's subject when left out)"),
            ActionParameter.Optional("from", ParameterType.String, "the sender's address, instead of the one in the settings"),
        ])
    {
        Aliases = ["email.send", "send_email"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var body = invocation.RequireMessage("body");
        var sent = await sender.SendAsync(MessageParameters.Read(invocation, MessageKinds.Email) with
        {
            Body = body.Body,
            BodyIsHtml = body.IsHtml,
            DataRanges = body.DataRanges,
            Subject = invocation.RequireString("subject"),
            From = invocation.GetString("from") is { Length: > 0 } from ? from : null,
        }, cancellationToken);
        return new ActionResult(sent.ToJson());
    }
}
