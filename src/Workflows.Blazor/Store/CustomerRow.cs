namespace Workflows.Blazor.Store;

/// <summary>A customer as the Data page lists and edits them.</summary>
public sealed record CustomerRow(
    string Id,
    string Name,
    string Email,
    string? Phone,
    string Status,
    string Tier,
    IReadOnlyList<string> Tags,
    double TotalSpent,
    DateTimeOffset? LastPurchaseAt,
    int LoyaltyPoints,
    string? AccountManagerId);
