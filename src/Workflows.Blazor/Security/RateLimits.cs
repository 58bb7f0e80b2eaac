using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Workflows.Blazor.Security;

/// <summary>
/// Per-client limits on what outsiders can hammer: sign-in attempts, webhooks, the events API, health checks and metrics, as set in
/// <see cref="RateLimitSettings"/>. Everything else is unlimited. Refusals answer 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    public static void Configure(RateLimiterOptions options, RateLimitSettings settings)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            return ValueTask.CompletedTask;
        };
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var path = context.Request.Path;
            if (HttpMethods.IsPost(context.Request.Method) && path.StartsWithSegments("/account/login"))
            {
                return PerMinute($"login:{client}", settings.SignInPerMinute);
            }
            if (path.StartsWithSegments("/webhooks"))
            {
                return PerMinute($"webhooks:{client}", settings.WebhooksPerMinute);
            }
            if (path.StartsWithSegments("/api/events"))
            {
                return PerMinute($"events:{client}", settings.EventsPerMinute);
            }
            if (path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics"))
            {
                return PerMinute($"monitoring:{client}", settings.MonitoringPerMinute);
            }
            return RateLimitPartition.GetNoLimiter("unlimited");
        });
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) => permits <= 0
        ? RateLimitPartition.GetNoLimiter("unlimited")
        : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
