namespace Workflows.Blazor.Data.Entities;

/// <summary>A customer of the store. Workflows see it as JSON with both <c>_id</c> (the guide's spelling) and <c>id</c>.</summary>
public sealed class CustomerEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The marketer's short label (see <c>CustomerStatuses</c>): active, inactive, at_risk, churned, vip or their own.</summary>
    public required string Status { get; set; }

    /// <summary>standard, silver, gold or vip.</summary>
    public required string Tier { get; set; }

    /// <summary>A JSON array of strings.</summary>
    public string TagsJson { get; set; } = "[]";

    public double TotalSpent { get; set; }

    public DateTimeOffset? LastPurchaseAt { get; set; }

    /// <summary>0 (loyal) to 1 (about to leave).</summary>
    public double ChurnRisk { get; set; }

    public string? Source { get; set; }

    /// <summary>The account manager who owns the customer, if any.</summary>
    public string? AccountManagerId { get; set; }

    /// <summary>The loyalty points balance; every change is a line of the rewards ledger.</summary>
    public int LoyaltyPoints { get; set; }

    /// <summary>A JSON object of anything else a workflow stored about the customer.</summary>
    public string CustomFieldsJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The key of the step that created it; none when people or the demo data made it.</summary>
    public string? IdempotencyKey { get; set; }
}
