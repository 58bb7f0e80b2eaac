using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Operations.Health;

/// <summary>The workers are running, and when runs wait for all of them, one of them took up or finished a run lately.</summary>
public sealed class WorkerPoolHealthCheck(ExecutionDispatcher dispatcher, RunnerPulse pulse, IOptions<HealthSettings> settings, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (dispatcher.ExecuteTask is { IsCompleted: true })
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "The workers have stopped; runs are not being run."));
        }
        var idleFor = time.GetUtcNow() - (pulse.LastWorkerProgressAt ?? pulse.StartedAt);
        var stuck = dispatcher.Waiting > 0 && dispatcher.Busy >= dispatcher.Workers && idleFor > TimeSpan.FromMinutes(settings.Value.WorkersStuckMinutes);
        var data = new Dictionary<string, object> { ["busy"] = dispatcher.Busy, ["workers"] = dispatcher.Workers, ["waiting"] = dispatcher.Waiting };
        return Task.FromResult(stuck
            ? new HealthCheckResult(context.Registration.FailureStatus, $"Every worker has been busy for {idleFor.TotalMinutes:F0} minutes with runs waiting.", data: data)
            : HealthCheckResult.Healthy("The workers take up runs.", data));
    }
}
