using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Conversations;

/// <summary>Conversations by status, channel, customer or text, most recently active first, each with its messages.</summary>
public sealed class QueryConversationsAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("conversation.query", "Messages", "Searches conversations by status, channel, customer or text.",
        [
            ActionParameter.Optional("status", ParameterType.String, "open, pending or resolved"),
            ActionParameter.Optional("channel", ParameterType.String, "email, chat or sms"),
            ActionParameter.Optional("customerId", ParameterType.String, "only this customer's conversations"),
            ActionParameter.Optional("query", ParameterType.String, "text in the subject or messages"),
            ActionParameter.Optional("limit", ParameterType.Number, "how many at most (default 10, up to 100)"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Search conversations",
        Synonyms = ["find conversations", "list conversations", "threads", "support tickets"],
        Outputs = OutputShapes.Page("conversations", "Conversations", OutputShapes.Conversation),
        Aliases = ["conversation_search", "conversation_query", "conversation.search", "list_conversations"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversations = db.Conversations.AsNoTracking().Include(c => c.Messages).AsQueryable();
        if (invocation.GetString("status") is { Length: > 0 } status)
        {
            conversations = conversations.Where(c => c.Status == status);
        }
        if (invocation.GetString("channel") is { Length: > 0 } channel)
        {
            conversations = conversations.Where(c => c.Channel == channel);
        }
        if (invocation.GetString("customerId") is { Length: > 0 } customerId)
        {
            conversations = conversations.Where(c => c.CustomerId == customerId);
        }
        if ((invocation.GetString("query") ?? invocation.GetString("search")) is { Length: > 0 } text)
        {
            var bodyMatches = TextSearch.Contains<MessageEntity>(db, text, m => m.Body);
            conversations = conversations.Where(TextSearch.Contains<ConversationEntity>(db, text, c => c.Subject).Or(c => c.Messages.AsQueryable().Any(bodyMatches)));
        }
        var total = await conversations.CountAsync(cancellationToken);
        var page = await conversations.OrderByDescending(c => c.UpdatedAt).Take(invocation.GetInt("limit", 10, 1, 100)).ToListAsync(cancellationToken);
        return new ActionResult(new JsonObject
        {
            ["conversations"] = new JsonArray(page.Select(c => (JsonNode)ConversationJson.ToJson(c)).ToArray()),
            ["total"] = total,
        });
    }
}
