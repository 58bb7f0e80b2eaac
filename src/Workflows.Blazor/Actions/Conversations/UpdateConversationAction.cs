using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Conversations;

public sealed class UpdateConversationAction(ConversationCommands conversations) : IActionHandler
{
    private static readonly string[] Statuses = ["open", "pending", "resolved"];

    public ActionDeclaration Declaration { get; } = new("conversation.update", "Messages", "Changes a conversation's status or subject.",
        [
            ActionParameter.Mandatory("conversationId", ParameterType.String, "the conversation's id"),
            ActionParameter.Optional("status", ParameterType.String, "open, pending or resolved"),
            ActionParameter.Optional("subject", ParameterType.String, "a new subject"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Update conversation",
        Synonyms = ["close conversation", "change status", "resolve"],
        Outputs = OutputShapes.Conversation,
        Aliases = ["conversation_update"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var status = invocation.GetString("status");
        if (status is { Length: > 0 } && !Statuses.Contains(status))
        {
            throw new StepFailedException($"status '{status}' is not one of {string.Join(", ", Statuses)}.");
        }
        var subject = invocation.GetString("subject");
        var conversation = await conversations.UpdateAsync(invocation.RequireString("conversationId"), (conversation, _) =>
        {
            conversation.Status = status is { Length: > 0 } ? status : conversation.Status;
            conversation.Subject = subject is { Length: > 0 } ? subject : conversation.Subject;
        }, cancellationToken);
        return new ActionResult(ConversationJson.ToJson(conversation));
    }
}
