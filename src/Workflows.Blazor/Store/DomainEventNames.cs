namespace Workflows.Blazor.Store;

/// <summary>The events the app raises itself after a write commits; their shapes are in <c>Actions.Events.DomainEventTypes</c>.</summary>
public static class DomainEventNames
{
    public const string CustomerCreated = "customer.created";
    public const string CustomerUpdated = "customer.updated";
    public const string OrderPlaced = "order.placed";
    public const string ConversationCreated = "conversation.created";
    public const string ConversationUpdated = "conversation.updated";
    public const string ApprovalDecided = "approval.decided";
    public const string ExecutionFailed = "execution.failed";
    public const string JourneyActionTaken = "journey.action_taken";
}
