using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Conversations;

/// <summary>
/// The only writer of conversations (actions and the Data page alike): commits each change with its
/// <c>conversation.created</c> or <c>conversation.updated</c> event (with what changed), about the conversation's customer when it has one.
/// </summary>
public sealed class ConversationCommands(IDbContextFactory<AppDbContext> contexts, IDomainEvents events, TimeProvider time)
{
    private static readonly string[] ChangesEveryWrite = ["updatedAt", "messages"];

    /// <summary>Opens a conversation with its first message, linked to the customer whose email matches when there is one.</summary>
    public async Task<ActionResult> StartAsync(
        string channel, string direction, string? email, string author, string subject, string body, string? customerId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        ConversationEntity conversation;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            customerId ??= email is null ? null : await db.Customers.Where(c => c.Email == email).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            conversation = new ConversationEntity
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
            events.Add(db, DomainEventNames.ConversationCreated, conversation.CustomerId ?? conversation.Id, ConversationJson.ToJson(conversation));
            await db.SaveChangesAsync(cancellationToken);
        }
        return new ActionResult(ConversationJson.ToJson(conversation));
    }

    /// <summary>Applies <paramref name="change"/> to the conversation (its messages loaded) and commits it.</summary>
    public async Task<ConversationEntity> UpdateAsync(
        string conversationId, Action<AppDbContext, ConversationEntity, DateTimeOffset> change, CancellationToken cancellationToken = default)
    {
        ConversationEntity conversation;
        System.Text.Json.Nodes.JsonObject before;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            conversation = await ConversationLookup.RequireAsync(db, conversationId, cancellationToken);
            before = ConversationJson.ToJson(conversation);
            var now = time.GetUtcNow();
            change(db, conversation, now);
            conversation.UpdatedAt = now;
            if (FieldChanges.Describe(before, ConversationJson.ToJson(conversation), ChangesEveryWrite) is { } changed)
            {
                events.Add(db, DomainEventNames.ConversationUpdated, conversation.CustomerId ?? conversation.Id, changed);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return conversation;
    }
}
