using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Messaging;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Messaging;

/// <summary><c>sms_send</c>: one text message, sent once per step even when the step is re-run after a crash.</summary>
public sealed class SmsSendAction(SmsSender sender) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new(
        "sms_send", "Messages",
        "Sends a text message through the SMS provider in Settings → Email & SMS, otherwise keeps it in the outbox.",
        [
            ActionParameter.Mandatory("to", ParameterType.String, "the phone number, with its country code"),
            ActionParameter.Mandatory("body", ParameterType.String, "the message text") with { Multiline = true },
            ActionParameter.Optional("customerId", ParameterType.String, "whom the message is about (the run's subject when left out)"),
        ])
    {
        Effect = Effect.SendsMessage,
        Label = "Send SMS",
        Synonyms = ["text message", "sms", "send text", "message customer"],
        Outputs = OutputShapes.SentMessage,
        Aliases = ["sms.send", "send_sms"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var sent = await sender.SendAsync(MessageParameters.Read(invocation, MessageKinds.Sms), cancellationToken);
        return new ActionResult(sent.ToJson());
    }
}
