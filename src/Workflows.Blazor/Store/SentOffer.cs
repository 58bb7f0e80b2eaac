namespace Workflows.Blazor.Store;

/// <summary>An offer sent to a customer and whether its code was used.</summary>
public sealed record SentOffer(string OfferName, string Code, string Channel, DateTimeOffset SentAt, DateTimeOffset? RedeemedAt, string? OrderId);
