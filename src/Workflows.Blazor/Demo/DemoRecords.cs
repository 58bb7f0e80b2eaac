using System.Text.Json.Nodes;

namespace Workflows.Blazor.Demo;

// The shapes of the demo files in assets/demo, as people would write them by hand.

internal sealed record DemoCustomer(
    string Id, string Name, string Email, string? Phone, string Status, string Tier, List<string> Tags, double TotalSpent,
    DateTimeOffset? LastPurchaseAt, double ChurnRisk, string? Source, DateTimeOffset CreatedAt, JsonObject? CustomFields);

internal sealed record DemoProduct(string Id, string Name, string? Description, string Category, double Price, int Stock, string Status);

internal sealed record DemoOrderItem(string ProductId, string ProductName, int Quantity, double UnitPrice);

internal sealed record DemoOrder(string Id, string CustomerId, double Total, string Status, DateTimeOffset PlacedAt, List<DemoOrderItem> Items);

internal sealed record DemoMessage(string Direction, string Author, string Body, DateTimeOffset SentAt);

internal sealed record DemoConversation(
    string Id, string? CustomerId, string Channel, string Subject, string Status, DateTimeOffset CreatedAt, List<DemoMessage> Messages);

internal sealed record DemoOffer(string Id, string Name, string Category, double Value, string Eligibility);

internal sealed record DemoSegment(string Id, string Name, string? Description, string Expression, int Priority);

internal sealed record DemoArticle(string Title, string Text);

internal sealed record DemoAccountManager(string Id, string Name, string Email, List<string> Customers);
