namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// One way a webhook delivery is known (its idempotency key, delivery id or signature) and the run it started,
/// so a repeat of the delivery answers that run instead of starting another.
/// </summary>
public sealed class WebhookDeliveryEntity
{
    /// <summary>The webhook path the delivery came to, e.g. <c>/webhooks/new-order</c>.</summary>
    public required string Path { get; set; }

    /// <summary>The kind and value, e.g. <c>key:order-1001</c>, <c>id:evt_42</c> or <c>signature:sha256=…</c>.</summary>
    public required string Key { get; set; }

    public required string ExecutionId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
