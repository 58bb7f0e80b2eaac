using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions.Conversations;

internal static class ConversationLookup
{
    public static async Task<ConversationEntity> RequireAsync(AppDbContext db, string conversationId, CancellationToken cancellationToken) =>
        await db.Conversations.Include(c => c.Messages).FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken)
            ?? throw new StepFailedException($"There is no conversation '{conversationId}'.");
}
