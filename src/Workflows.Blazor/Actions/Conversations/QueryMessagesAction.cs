using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Conversations;

public sealed class QueryMessagesAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("conversation.query_messages", "Messages", "Gets the messages of a conversation, oldest first.",
        [
            ActionParameter.Mandatory("conversationId", ParameterType.String, "the conversation's id"),
            ActionParameter.Optional("includeDrafts", ParameterType.Boolean, "include unsent drafts (default false)"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Get conversation messages",
        Synonyms = ["messages", "thread history", "replies"],
        Outputs = [Text("conversationId", "Conversation ID", "conv_12"), List("messages", "Messages", OutputShapes.Message)],
        Aliases = ["conversation_query_messages", "conversation_messages"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversation = await ConversationLookup.RequireAsync(db, invocation.RequireString("conversationId"), cancellationToken);
        var drafts = invocation.GetBool("includeDrafts") == true;
        var messages = conversation.Messages.Where(m => drafts || !m.IsDraft).OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(m => (JsonNode)ConversationJson.MessageJson(m)).ToArray();
        return new ActionResult(new JsonObject { ["conversationId"] = conversation.Id, ["messages"] = new JsonArray(messages) });
    }
}
