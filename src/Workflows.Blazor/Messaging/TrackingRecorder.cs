using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Messaging;

/// <summary>
/// Records that a tracked email was opened or clicked and raises <c>email.opened</c> / <c>email.clicked</c> for
/// its customer (or, without one, its address), which starts listening workflows and resumes waiting runs.
/// </summary>
public sealed class TrackingRecorder(IDbContextFactory<AppDbContext> contexts, EventPublisher events, TimeProvider time)
{
    public const string Opened = "email.opened";
    public const string Clicked = "email.clicked";

    /// <summary>The first open is recorded and published; later ones (the pixel reloaded) are not.</summary>
    public async Task RecordOpenAsync(string token, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is { } message)
        {
            await OpenOnceAsync(message, cancellationToken);
        }
    }

    /// <summary>Every click is published with its link; a click also counts as the open when images were blocked.</summary>
    public async Task RecordClickAsync(string token, string url, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } message)
        {
            return;
        }
        await OpenOnceAsync(message, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var now = time.GetUtcNow();
            await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClickedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClickedAt, now), cancellationToken);
        }
        await events.PublishAsync(Clicked, message.Subject, new JsonObject { ["messageId"] = message.Id, ["to"] = message.To, ["url"] = url }, cancellationToken);
    }

    private async Task OpenOnceAsync(TrackedMessage message, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var first = await db.OutboxMessages.Where(m => m.Id == message.Id && m.OpenedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.OpenedAt, now), cancellationToken);
        if (first == 1)
        {
            await events.PublishAsync(Opened, message.Subject, new JsonObject { ["messageId"] = message.Id, ["to"] = message.To }, cancellationToken);
        }
    }

    private async Task<TrackedMessage?> FindAsync(string token, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.TrackingToken == token && m.Channel == MessageKinds.Email)
            .Select(m => new TrackedMessage(m.Id, m.To, m.CustomerId ?? m.To))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record TrackedMessage(string Id, string To, string Subject);
}
