using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Actions.Conversations;

/// <summary>Saves a reply as a draft on the conversation, for a person to check before it is sent (guide, Pattern 1).</summary>
public sealed class CreateDraftAction(ConversationCommands conversations) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("conversation.create_draft", "Messages", "Saves a reply as a draft for approval.",
        [
            ActionParameter.Mandatory("conversationId", ParameterType.String, "the conversation's id"),
            ActionParameter.Mandatory("message", ParameterType.Any, "the reply's text"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Draft a reply",
        Synonyms = ["reply", "draft", "answer customer"],
        Outputs = OutputShapes.Message,
        Aliases = ["conversation_create_draft"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        new(ConversationJson.MessageJson(await conversations.AddDraftAsync(
            invocation.RequireString("conversationId"), JsonText.ToText(invocation.Parameters["message"]), invocation.IdempotencyKey, cancellationToken)));
}
