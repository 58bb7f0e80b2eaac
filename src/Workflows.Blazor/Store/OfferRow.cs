namespace Workflows.Blazor.Store;

/// <summary>An offer and the rule (a condition) a customer must meet to get it.</summary>
public sealed record OfferRow(string Id, string Name, string Category, double Value, string Eligibility, bool IsActive);
