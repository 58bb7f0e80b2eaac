using Workflows.Engine.Model;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Json;

/// <summary>The shapes of the records actions output (a customer, a product…), declared once beside the JSON they describe.</summary>
public static class OutputShapes
{
    public static IReadOnlyList<DataField> Customer { get; } =
    [
        Text("id", "Customer ID", "cust_456"),
        Text("name", "Name", "Ana Lima"),
        Text("email", "Email", "ana@example.com"),
        Text("phone", "Phone", "+33 6 12 34 56 78"),
        Text("status", "Status", "active"),
        Text("tier", "Tier", "vip"),
        List("tags", "Tags", []),
        Number("totalSpent", "Total spent", "1250.5"),
        Date("lastPurchaseAt", "Last purchase", "2026-11-02T10:15:00Z"),
        Number("churnRisk", "Churn risk", "0.2"),
        Text("source", "Source", "website"),
        Date("createdAt", "Customer since", "2024-03-01T09:00:00Z"),
        Number("loyaltyPoints", "Loyalty points", "1200"),
        Object("customFields", "Custom fields", []),
    ];

    public static IReadOnlyList<DataField> Product { get; } =
    [
        Text("id", "Product ID", "prod_101"),
        Text("name", "Name", "Leather weekender bag"),
        Text("description", "Description"),
        Text("category", "Category", "bags"),
        Number("price", "Price", "189"),
        Number("stock", "Stock", "12"),
        Boolean("inStock", "In stock", "true"),
        Text("status", "Status", "active"),
    ];

    public static IReadOnlyList<DataField> Order { get; } =
    [
        Text("id", "Order ID", "ord_900"),
        Text("customerId", "Customer ID", "cust_456"),
        Number("total", "Total", "240"),
        Text("status", "Status", "paid"),
        Date("placedAt", "Placed", "2026-11-02T10:15:00Z"),
        List("items", "Items",
        [
            Text("productId", "Product ID", "prod_101"),
            Text("productName", "Product", "Leather weekender bag"),
            Number("quantity", "Quantity", "1"),
            Number("unitPrice", "Unit price", "189"),
        ]),
        Text("note", "Note", "Gift wrap, please"),
    ];

    public static IReadOnlyList<DataField> Message { get; } =
    [
        Text("id", "Message ID"),
        Text("direction", "Direction", "inbound"),
        Text("author", "Author", "ana@example.com"),
        Text("body", "Text", "Where is my order?"),
        Boolean("isDraft", "Is a draft", "false"),
        Date("sentAt", "Sent", "2026-11-02T10:15:00Z"),
    ];

    public static IReadOnlyList<DataField> Conversation { get; } =
    [
        Text("id", "Conversation ID", "conv_12"),
        Text("customerId", "Customer ID", "cust_456"),
        Text("channel", "Channel", "email"),
        Text("subject", "Subject", "Order question"),
        Text("status", "Status", "open"),
        List("messages", "Messages", Message),
        Text("lastMessage", "Last message", "Where is my order?"),
        Text("lastMessageDirection", "Last message direction", "inbound"),
        Date("createdAt", "Started", "2026-11-02T10:15:00Z"),
    ];

    public static IReadOnlyList<DataField> Document { get; } =
    [
        Text("id", "Document ID", "doc_7"),
        Text("name", "Name", "Returns policy.pdf"),
        Text("contentType", "File type", "application/pdf"),
        Number("sizeBytes", "Size in bytes", "20480"),
        Text("sourceProvider", "Source", "upload"),
        Object("metadata", "Details", []),
        Date("createdAt", "Added", "2026-11-02T10:15:00Z"),
    ];

    public static IReadOnlyList<DataField> Approval { get; } =
    [
        Text("id", "Approval ID", "appr_3"),
        Text("title", "Title", "Approve VIP offer"),
        Text("description", "Description"),
        Text("status", "Status", "approved"),
        Text("assignee", "Assignee", "reviewer"),
        Text("priority", "Priority", "normal"),
        Date("dueAt", "Due", "2026-11-04T10:15:00Z"),
        Object("data", "Data shown to the reviewer", []),
        Text("decidedBy", "Decided by", "rita@example.com"),
        Date("decidedAt", "Decided", "2026-11-03T08:00:00Z"),
        Text("comment", "Comment", "Looks good"),
        Object("resultFields", "Reviewer's answers", []),
    ];

    public static IReadOnlyList<DataField> SentMessage { get; } =
    [
        Text("messageId", "Message ID", "msg_31"),
        Text("status", "Status (sent, or stored when no server is set)", "sent"),
        Text("to", "Sent to", "ana@example.com"),
        Text("note", "Why it was not sent", "Kept in the outbox, not sent (no email server set). Set one in Settings → Email & SMS to send."),
    ];

    /// <summary>A page of records under <paramref name="name"/> with the total that matched.</summary>
    public static IReadOnlyList<DataField> Page(string name, string label, IReadOnlyList<DataField> item) =>
        [List(name, label, item), Number("total", "How many matched", "42")];
}
