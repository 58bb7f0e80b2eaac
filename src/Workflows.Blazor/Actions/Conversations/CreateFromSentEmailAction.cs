using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Conversations;

/// <summary>Records an email we sent as a conversation awaiting the customer's answer.</summary>
public sealed class CreateFromSentEmailAction(ConversationCommands conversations) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("conversation.create_from_sent_email", "Messages", "Creates a conversation from an email we sent.",
        [
            ActionParameter.Mandatory("to", ParameterType.String, "the recipient's address"),
            ActionParameter.Mandatory("subject", ParameterType.String, "the subject"),
            ActionParameter.Mandatory("body", ParameterType.String, "the email's text") with { Multiline = true },
        ])
    {
        Effect = Effect.WritesData,
        Label = "Conversation from sent email",
        Synonyms = ["outgoing email", "sent email"],
        Outputs = OutputShapes.Conversation,
        Aliases = ["conversation_create_from_sent_email"],
    };

    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        conversations.StartAsync("email", "outbound", invocation.RequireString("to"), "Workflow",
            invocation.RequireString("subject"), invocation.RequireString("body"), customerId: null, invocation.IdempotencyKey, cancellationToken);
}
