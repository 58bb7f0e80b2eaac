using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Messaging;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Messaging;

/// <summary><c>email_send</c>: one email, sent once per step even when the step is re-run after a crash.</summary>
public sealed class EmailSendAction(EmailSender sender) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new(
        "email_send", "Messages",
        "Sends an email; opens and clicks are tracked as events for the customer.",
        [
            ActionParameter.Mandatory("to", ParameterType.String, "the recipient's email address"),
            ActionParameter.Mandatory("subject", ParameterType.String, "the subject line"),
            ActionParameter.Mandatory("body", ParameterType.String, "the message, as text or simple HTML") with { IsMessage = true, Multiline = true },
            ActionParameter.Optional("customerId", ParameterType.String, "whom the email is about; opens and clicks are events for this customer (the run's subject when left out)"),
            ActionParameter.Optional("from", ParameterType.String, "the sender's address, instead of the one in the settings"),
        ])
    {
        Effect = Effect.SendsMessage,
        Label = "Send email",
        Synonyms = ["email", "mail", "message customer", "newsletter", "send message"],
        Outputs = OutputShapes.SentMessage,
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
