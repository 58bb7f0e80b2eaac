using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Operations.Health;

/// <summary>
/// The every-second scheduler began a pass recently. With the tick turned off (<c>Runner:SchedulerTick</c>) the host
/// runs the passes itself, so there is nothing to be late.
/// </summary>
public sealed class SchedulerHealthCheck(RunnerPulse pulse, IOptions<RunnerOptions> runner, IOptions<HealthSettings> settings, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!runner.Value.SchedulerTick)
        {
            return Task.FromResult(HealthCheckResult.Healthy("The scheduler's own tick is off; timers run when the host asks."));
        }
        var since = time.GetUtcNow() - (pulse.LastTickAt ?? pulse.StartedAt);
        var late = since > TimeSpan.FromSeconds(settings.Value.SchedulerLateSeconds);
        return Task.FromResult(late
            ? new HealthCheckResult(context.Registration.FailureStatus, $"The scheduler has not run for {since.TotalSeconds:F0} seconds; timers and schedules are late.")
            : HealthCheckResult.Healthy(pulse.LastTickAt is null ? "The scheduler is starting." : "The scheduler runs."));
    }
}
