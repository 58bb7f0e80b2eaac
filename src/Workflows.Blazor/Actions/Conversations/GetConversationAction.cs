using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Conversations;

public sealed class GetConversationAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("conversation.get_by_id", "Messages", "Gets a conversation with its messages.",
        [ActionParameter.Mandatory("conversationId", ParameterType.String, "the conversation's id")])
    {
        Effect = Effect.ReadsData,
        Label = "Get conversation",
        Synonyms = ["find conversation", "thread", "chat"],
        Outputs = OutputShapes.Conversation,
        Aliases = ["conversation_get", "conversation.get"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new ActionResult(ConversationJson.ToJson(await ConversationLookup.RequireAsync(db, invocation.RequireString("conversationId"), cancellationToken)));
    }
}
