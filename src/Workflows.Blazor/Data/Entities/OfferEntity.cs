namespace Workflows.Blazor.Data.Entities;

/// <summary>An offer the store can make, with who may get it (seed 000's "offer eligibility rules").</summary>
public sealed class OfferEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    /// <summary>discount, loyalty_points, free_shipping or gift.</summary>
    public required string Category { get; set; }

    /// <summary>Percent for discounts, points for loyalty offers.</summary>
    public double Value { get; set; }

    /// <summary>A condition over the customer, in the condition language, e.g. <c>totalSpent &gt; 1000 &amp;&amp; tier == 'vip'</c>.</summary>
    public required string Eligibility { get; set; }

    public bool IsActive { get; set; } = true;
}
