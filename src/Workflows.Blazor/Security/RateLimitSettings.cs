namespace Workflows.Blazor.Security;

/// <summary>The <c>RateLimits</c> section: requests a minute per client address; 0 turns a limit off.</summary>
public sealed record RateLimitSettings
{
    public const string Section = "RateLimits";

    public int SignInPerMinute { get; init; } = 10;

    /// <summary>High enough for a shop that sends every order from one address.</summary>
    public int WebhooksPerMinute { get; init; } = 6000;

    public int EventsPerMinute { get; init; } = 1200;

    /// <summary>Health checks and metrics scrapes, which monitors call every few seconds.</summary>
    public int MonitoringPerMinute { get; init; } = 120;
}
