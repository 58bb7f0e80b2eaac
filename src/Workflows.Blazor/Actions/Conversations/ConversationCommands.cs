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

    /// <summary>
    /// Opens a conversation with its first message, linked to the customer whose email matches when there is one; given the
    /// key of a step that opened one already, gives that one and opens none.
    /// </summary>
    public async Task<ActionResult> StartAsync(
        string channel, string direction, string? email, string author, string subject, string body, string? customerId, string? idempotencyKey,
        CancellationToken cancellationToken) =>
        new(ConversationJson.ToJson(await KeyedRecords.CreateOnceAsync(contexts, idempotencyKey, db => db.Conversations.Include(c => c.Messages), async db =>
        {
            var now = time.GetUtcNow();
            customerId ??= email is null ? null : await db.Customers.Where(c => c.Email == email).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            var conversation = new ConversationEntity
            {
                Id = Ids.Short("conv"),
                CustomerId = customerId,
                Channel = channel,
                Subject = subject,
                Status = direction == "inbound" ? "open" : "pending",
                CreatedAt = now,
                UpdatedAt = now,
                IdempotencyKey = idempotencyKey,
            };
            conversation.Messages.Add(new MessageEntity { ConversationId = conversation.Id, Direction = direction, Author = author, Body = body, SentAt = now });
            db.Conversations.Add(conversation);
            events.Add(db, DomainEventNames.ConversationCreated, conversation.CustomerId ?? conversation.Id, ConversationJson.ToJson(conversation));
            await db.SaveChangesAsync(cancellationToken);
            return conversation;
        }, cancellationToken)));

    /// <summary>
    /// Saves a reply as a draft on the conversation, which then waits for us (pending); given the key of a step that saved
    /// one already, gives that draft and saves none.
    /// </summary>
    public Task<MessageEntity> AddDraftAsync(string conversationId, string body, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        KeyedRecords.CreateOnceAsync(contexts, idempotencyKey, db => db.Messages, async db =>
        {
            MessageEntity? draft = null;
            await ChangeAsync(db, conversationId, (conversation, now) =>
            {
                draft = new MessageEntity
                {
                    ConversationId = conversation.Id,
                    Direction = "outbound",
                    Author = "Workflow draft",
                    Body = body,
                    IsDraft = true,
                    SentAt = now,
                    IdempotencyKey = idempotencyKey,
                };
                conversation.Messages.Add(draft);
                conversation.Status = "pending";
            }, cancellationToken);
            return draft!;
        }, cancellationToken);

    /// <summary>Applies <paramref name="change"/> to the conversation (its messages loaded) and commits it.</summary>
    public async Task<ConversationEntity> UpdateAsync(
        string conversationId, Action<ConversationEntity, DateTimeOffset> change, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ChangeAsync(db, conversationId, change, cancellationToken);
    }

    private async Task<ConversationEntity> ChangeAsync(
        AppDbContext db, string conversationId, Action<ConversationEntity, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var conversation = await ConversationLookup.RequireAsync(db, conversationId, cancellationToken);
        var before = ConversationJson.ToJson(conversation);
        var now = time.GetUtcNow();
        change(conversation, now);
        conversation.UpdatedAt = now;
        if (FieldChanges.Describe(before, ConversationJson.ToJson(conversation), ChangesEveryWrite) is { } changed)
        {
            events.Add(db, DomainEventNames.ConversationUpdated, conversation.CustomerId ?? conversation.Id, changed);
        }
        await db.SaveChangesAsync(cancellationToken);
        return conversation;
    }
}
