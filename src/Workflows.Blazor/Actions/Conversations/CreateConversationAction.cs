using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Conversations;

public sealed class CreateConversationAction(ConversationCommands conversations) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("conversation.create", "Messages", "Opens a conversation with a first message.",
        [
            ActionParameter.Mandatory("subject", ParameterType.String, "what it is about"),
            ActionParameter.Mandatory("message", ParameterType.String, "the first message"),
            ActionParameter.Optional("customerId", ParameterType.String, "the customer it is with"),
            ActionParameter.Optional("channel", ParameterType.String, "email (default), chat or sms"),
            ActionParameter.Optional("direction", ParameterType.String, "inbound (from the customer, default) or outbound"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Start conversation",
        Synonyms = ["new conversation", "open thread", "chat"],
        Outputs = OutputShapes.Conversation,
        Aliases = ["conversation_create"],
    };

    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        conversations.StartAsync(invocation.GetString("channel") ?? "email", invocation.GetString("direction") ?? "inbound",
            email: null, author: invocation.GetString("customerId") ?? "customer", invocation.RequireString("subject"), invocation.RequireString("message"),
            invocation.GetString("customerId"), invocation.IdempotencyKey, cancellationToken);
}
