using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Conversations;

/// <summary>Turns a received email into an open conversation, linked to the sender if they are a customer.</summary>
public sealed class CreateFromEmailAction(ConversationCommands conversations) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("conversation.create_from_email", "Messages", "Creates a conversation from a received email.",
        [
            ActionParameter.Mandatory("from", ParameterType.String, "the sender's address"),
            ActionParameter.Mandatory("subject", ParameterType.String, "the subject"),
            ActionParameter.Mandatory("body", ParameterType.String, "the email's text") with { Multiline = true },
        ])
    {
        Effect = Effect.WritesData,
        Label = "Conversation from received email",
        Synonyms = ["incoming email", "inbound email"],
        Outputs = OutputShapes.Conversation,
        Aliases = ["conversation_create_from_email"],
    };

    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var from = invocation.RequireString("from");
        return conversations.StartAsync("email", "inbound", from, from, invocation.RequireString("subject"),
            invocation.RequireString("body"), customerId: null, invocation.IdempotencyKey, cancellationToken);
    }
}
