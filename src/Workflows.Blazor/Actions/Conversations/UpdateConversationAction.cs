using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Conversations;

public sealed class UpdateConversationAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    private static readonly string[] Statuses = ["open", "pending", "resolved"];

    public ActionDeclaration Declaration { get; } = new("conversation.update", "Messages", "Changes a conversation's status or subject.",
        [
            ActionParameter.Mandatory("conversationId", ParameterType.String, "the conversation's id"),
            ActionParameter.Optional("status", ParameterType.String, "open, pending or resolved"),
            ActionParameter.Optional("subject", ParameterType.String, "a new subject"),
        ])
    {
        Label = "Update conversation",
        Synonyms = ["close conversation", "change status", "resolve"],
        Outputs = OutputShapes.Conversation,
        Aliases = ["conversation_update"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversation = await ConversationLookup.RequireAsync(db, invocation.RequireString("conversationId"), cancellationToken);
        if (invocation.GetString("status") is { Length: > 0 } status)
        {
            conversation.Status = Statuses.Contains(status) ? status : throw new StepFailedException($"status '{status}' is not one of {string.Join(", ", Statuses)}.");
        }
        if (invocation.GetString("subject") is { Length: > 0 } subject)
        {
            conversation.Subject = subject;
        }
        conversation.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new ActionResult(ConversationJson.ToJson(conversation));
    }
}
