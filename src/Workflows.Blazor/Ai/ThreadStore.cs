using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Ai;

/// <summary>
/// Conversation memory for LLM steps (user guide, Pattern 4). The model remembers nothing between calls,
/// so each thread's messages are kept in the database and sent again with every step of the thread.
/// </summary>
public sealed class ThreadStore(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    private const int MaxAppendAttempts = 3;

    public async Task<IReadOnlyList<ChatMessage>> LoadAsync(string threadId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var messages = await db.ThreadMessages.AsNoTracking()
            .Where(m => m.ThreadId == threadId)
            .OrderBy(m => m.Sequence)
            .ToListAsync(cancellationToken);
        return [.. messages.Select(m => new ChatMessage(new ChatRole(m.Role), m.Content))];
    }

    /// <summary>The whole thread with when each message was added, for people to read.</summary>
    public async Task<IReadOnlyList<ThreadEntry>> ReadAsync(string threadId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ThreadMessages.AsNoTracking()
            .Where(m => m.ThreadId == threadId)
            .OrderBy(m => m.Sequence)
            .Select(m => new ThreadEntry(m.Sequence, m.Role, m.Content, m.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds one exchange (the step's question, when it had one, and the model's answer) to the end of the thread.</summary>
    public async Task AppendAsync(string threadId, string? question, string answer, CancellationToken cancellationToken)
    {
        // Two runs of one thread may finish a step at once; the one that loses the sequence numbers appends after the other.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TryAppendAsync(threadId, question, answer, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAppendAttempts)
            {
            }
        }
    }

    private async Task TryAppendAsync(string threadId, string? question, string answer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.ThreadMessages.Where(m => m.ThreadId == threadId).MaxAsync(m => (int?)m.Sequence, cancellationToken) ?? 0;
        var now = time.GetUtcNow();
        if (question is not null)
        {
            db.ThreadMessages.Add(New(threadId, ++last, ChatRole.User, question, now));
        }
        db.ThreadMessages.Add(New(threadId, ++last, ChatRole.Assistant, answer, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ThreadMessageEntity New(string threadId, int sequence, ChatRole role, string content, DateTimeOffset at) =>
        new() { ThreadId = threadId, Sequence = sequence, Role = role.Value, Content = content, CreatedAt = at };
}
