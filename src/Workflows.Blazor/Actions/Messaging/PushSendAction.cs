using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Messaging;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Messaging;

/// <summary><c>push_send</c>: one push notification, sent once per step even when the step is re-run after a crash.</summary>
public sealed class PushSendAction(PushSender sender) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new(
        "push_send", "Messages",
        "Sends a push notification to the customer's app through the push provider in Settings → Email & SMS, otherwise keeps it in the outbox.",
        [
            ActionParameter.Mandatory("to", ParameterType.String, "the device token or user id your push provider knows the customer by"),
            ActionParameter.Optional("title", ParameterType.String, "the notification's title"),
            ActionParameter.Mandatory("body", ParameterType.String, "the notification's text") with { Multiline = true },
            ActionParameter.Optional("customerId", ParameterType.String, "whom the notification is about (the run's subject when left out)"),
        ])
    {
        Effect = Effect.SendsMessage,
        Label = "Send push notification",
        Synonyms = ["push", "app notification", "mobile notification", "notify app", "message customer"],
        Outputs = OutputShapes.SentMessage,
        Aliases = ["push.send", "send_push", "push_notification.send"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var sent = await sender.SendAsync(MessageParameters.Read(invocation, MessageKinds.Push) with { Subject = invocation.GetString("title") }, cancellationToken);
        return new ActionResult(sent.ToJson());
    }
}
