using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Messaging;

/// <summary>Reads the outbox for its page: newest first, searched by recipient, subject, customer or status.</summary>
public sealed class OutboxQueries(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AnyAsync(cancellationToken);
    }

    public async Task<OutboxPage> PageAsync(string? search, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.OutboxMessages.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var status = search.Trim();
            query = query.Where(TextSearch.Contains<OutboxMessageEntity>(db, search, m => m.To, m => m.Subject, m => m.CustomerId).Or(m => m.Status == status));
        }
        var total = await query.CountAsync(cancellationToken);
        var messages = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(skip).Take(take)
            .Select(m => new OutboxMessageRow(m.Id, m.Channel, m.To, m.Subject, m.Status, m.Error, m.SentAt, m.OpenedAt, m.ClickedAt))
            .ToListAsync(cancellationToken);
        return new OutboxPage(messages, total);
    }
}
