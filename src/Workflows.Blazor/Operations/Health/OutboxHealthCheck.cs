using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Operations.Health;

/// <summary>No email or text message has waited to leave for long: a mail server or SMS provider that stopped answering shows here.</summary>
public sealed class OutboxHealthCheck(IBacklogReader backlog, IOptions<HealthSettings> settings) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = backlog.Read();
        var data = new Dictionary<string, object> { ["waiting"] = now.OutboxWaiting, ["oldestWaitingSeconds"] = (long)now.OldestOutboxAge.TotalSeconds };
        return Task.FromResult(now.OldestOutboxAge > TimeSpan.FromMinutes(settings.Value.OutboxLateMinutes)
            ? new HealthCheckResult(context.Registration.FailureStatus, $"{now.OutboxWaiting} message(s) wait to be sent, the oldest for {now.OldestOutboxAge.TotalMinutes:F0} minutes.", data: data)
            : HealthCheckResult.Healthy("Messages leave as they are sent.", data));
    }
}
