using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Telemetry;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Messaging;

/// <summary>
/// Writes a message to the outbox under its idempotency key, then hands it to the configured channel of its
/// kind. A key seen before is not sent again: its first result is the answer, so a step resumed after a crash
/// sends once.
/// </summary>
public sealed class OutboxDelivery(IDbContextFactory<AppDbContext> contexts, IEnumerable<IMessageChannel> channels, WorkflowMetrics metrics, TimeProvider time)
{
    public async Task<SentMessage> DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var (row, isNew) = await ReserveAsync(message, cancellationToken);
        if (!isNew)
        {
            return Result(row);
        }

        var channel = await ConfiguredChannelAsync(message.Kind, cancellationToken);
        if (channel is null)
        {
            await FinishAsync(row.Id, MessageStatuses.Stored, null);
            return SentMessage.Of(row.Id, row.Channel, MessageStatuses.Stored, row.To);
        }
        try
        {
            await channel.SendAsync(row.Id, message, cancellationToken);
        }
        catch (MessageRefusedException refused)
        {
            metrics.MessageFailed(message.Kind);
            await FinishAsync(row.Id, MessageStatuses.Failed, refused.Message);
            throw new StepFailedException(refused.Message);
        }
        await FinishAsync(row.Id, MessageStatuses.Sent, null);
        return SentMessage.Of(row.Id, row.Channel, MessageStatuses.Sent, row.To);
    }

    private static SentMessage Result(OutboxMessageEntity row) => row.Status == MessageStatuses.Failed
        ? throw new StepFailedException(row.Error ?? "This message could not be sent.")
        : SentMessage.Of(row.Id, row.Channel, row.Status, row.To);

    private async Task<IMessageChannel?> ConfiguredChannelAsync(string kind, CancellationToken cancellationToken)
    {
        foreach (var channel in channels.Where(c => c.Kind == kind))
        {
            if (await channel.IsConfiguredAsync(cancellationToken))
            {
                return channel;
            }
        }
        return null;
    }

    /// <summary>The message's outbox row: the one a previous attempt of its step wrote, or a new one, queued.</summary>
    private Task<(OutboxMessageEntity Record, bool Created)> ReserveAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        KeyedRecords.CreateOrFindAsync(contexts, message.IdempotencyKey, db => db.OutboxMessages, async db =>
        {
            var row = new OutboxMessageEntity
            {
                Id = Ids.New(),
                Channel = message.Kind,
                To = message.To,
                Subject = message.Subject,
                Body = message.Body,
                Status = MessageStatuses.Queued,
                CustomerId = message.CustomerId,
                ExecutionId = message.ExecutionId,
                IdempotencyKey = message.IdempotencyKey,
                TrackingToken = message.TrackingToken,
                CreatedAt = time.GetUtcNow(),
            };
            db.OutboxMessages.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            return row;
        }, cancellationToken);

    /// <summary>Recorded even when the step is being cancelled: the message has left, or failed, either way.</summary>
    private async Task FinishAsync(string id, string status, string? error)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        DateTimeOffset? sentAt = status == MessageStatuses.Sent ? time.GetUtcNow() : null;
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.Error, error)
            .SetProperty(m => m.SentAt, sentAt), CancellationToken.None);
    }
}
