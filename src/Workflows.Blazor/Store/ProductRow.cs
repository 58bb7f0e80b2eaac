namespace Workflows.Blazor.Store;

/// <summary>A product of the store's catalogue with its current price.</summary>
public sealed record ProductRow(string Id, string Name, string Category, double Price, int Stock, string Status);
