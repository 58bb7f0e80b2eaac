namespace Workflows.Blazor.Runner;

/// <summary>The <c>Webhooks</c> section of appsettings.json.</summary>
public sealed class WebhookOptions
{
    /// <summary>How long a delivery's keys are remembered, so a repeat answers the first run; at least one hour.</summary>
    public int RememberDeliveriesHours { get; set; } = 24;

    /// <summary>Never shorter than a signed request stays valid on both sides of its timestamp, so a signature cannot be replayed.</summary>
    public TimeSpan RememberDeliveries => TimeSpan.FromHours(Math.Max(1, RememberDeliveriesHours));
}
