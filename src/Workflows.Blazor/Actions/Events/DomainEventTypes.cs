using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Events;

/// <summary>The events the app raises after a change commits, with the shape of what each carries.</summary>
public static class DomainEventTypes
{
    public static IReadOnlyList<DomainEventType> All { get; } =
    [
        new(DomainEventNames.CustomerCreated, "A customer is created", "A customer was added by a workflow, on the Data page or through the API.", OutputShapes.Customer),
        new(DomainEventNames.CustomerUpdated, "A customer is changed", "A customer's fields were changed; the event says which, with their old and new values.",
            [.. OutputShapes.Customer, .. Changes(CustomerJson.Fields)]),
        new(DomainEventNames.OrderPlaced, "An order is placed", "A customer placed an order.", OutputShapes.Order),
        new(DomainEventNames.ConversationCreated, "A conversation starts", "A conversation was opened, by an email received or sent, or by a workflow.", OutputShapes.Conversation),
        new(DomainEventNames.ConversationUpdated, "A conversation is changed", "A conversation's status or subject changed.",
            [.. OutputShapes.Conversation, .. Changes(["status", "subject"])]),
        new(DomainEventNames.ApprovalDecided, "An approval is decided",
            "An inbox item was approved, rejected or sent back by a reviewer or a workflow, expired, was escalated, or was cancelled; the outcome says which.",
        [
            .. OutputShapes.Approval,
            Text("outcome", "Outcome", "approved, rejected, changes_requested, expired, escalated or cancelled"),
            Boolean("timedOut", "Closed by its due time", "false"),
        ]),
        new(DomainEventNames.ExecutionFailed, "A workflow run fails", "A run of an active workflow stopped with an error. Runs started by this event raise no further one.",
        [
            Text("executionId", "Run ID", "exec_91"),
            Text("workflowId", "Workflow ID", "wf_welcome"),
            Text("workflowName", "Workflow", "Welcome series"),
            Text("failedStep", "Failed step", "send_email"),
            Text("error", "Error", "The email server refused the message."),
            Text("startedBy", "Started by", "event"),
            Text("subjectId", "About", "cust_456"),
        ]),
        new(DomainEventNames.JourneyActionTaken, "A journey takes an action", "A journey ran one of its actions for a customer (its webhook subscribers hear it too).",
        [
            Text("journeyId", "Journey ID", "jny_promo"),
            Number("journeyVersion", "Journey version", "1"),
            Text("journeyRunId", "Journey run ID", "jrun_01"),
            Text("contactId", "Customer ID", "cust_456"),
            Text("action", "Action", "email_send"),
            Object("parameters", "What the action was given", []),
            Object("result", "What the action gave back", []),
            Text("error", "Error", "The email server refused the message."),
            Text("scheduledId", "Scheduled action ID", "sch_01"),
            Text("deliveryId", "Delivery key", "journey/sch_01"),
            Text("at", "When", "2026-11-23T08:00:00Z"),
        ]),
    ];

    public static DomainEventType? Find(string? type) => All.FirstOrDefault(e => e.Type == type);

    private static IReadOnlyList<DataField> Changes(IEnumerable<string> fields) =>
    [
        List("changedFields", "Changed fields", []),
        Object("changes", "What changed", [.. fields.Select(f => Object(f, Labels.Humanize(f), [Text("old", "Before"), Text("new", "After")]))]),
    ];
}
