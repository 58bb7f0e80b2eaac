namespace Workflows.Blazor.Store;

/// <summary>Products recommended to a customer, as the run that saved them gave them (JSON), and why.</summary>
public sealed record RecommendationRow(string Id, string CustomerId, string ProductsJson, string? Reason, string? ExecutionId, DateTimeOffset CreatedAt);
