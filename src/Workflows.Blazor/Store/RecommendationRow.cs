namespace Workflows.Blazor.Store;

/// <summary>Products recommended to a customer, by name as far as the store knows them, and why.</summary>
public sealed record RecommendationRow(
    string Id, string CustomerId, string CustomerName, IReadOnlyList<string> Products, string? Reason, string? ExecutionId, DateTimeOffset CreatedAt);
