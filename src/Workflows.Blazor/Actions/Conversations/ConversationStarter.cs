using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Conversations;

/// <summary>Opens a conversation with its first message, linked to the customer whose email matches when there is one.</summary>
internal static class ConversationStarter
{
    public static async Task<ActionResult> StartAsync(
        IDbContextFactory<AppDbContext> contexts, TimeProvider time, string channel, string direction, string? email, string author,
        string subject, string body, string? customerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        customerId ??= email is null ? null : await db.Customers.Where(c => c.Email == email).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow();
        var conversation = new ConversationEntity
        {
            Id = Store.Ids.Short("conv"),
            CustomerId = customerId,
            Channel = channel,
            Subject = subject,
            Status = direction == "inbound" ? "open" : "pending",
            CreatedAt = now,
            UpdatedAt = now,
        };
        conversation.Messages.Add(new MessageEntity { ConversationId = conversation.Id, Direction = direction, Author = author, Body = body, SentAt = now });
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(cancellationToken);
        return new ActionResult(ConversationJson.ToJson(conversation));
    }
}
