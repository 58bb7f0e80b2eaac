using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Workflows.Blazor.Operations.Health;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Tests.Operations;

/// <summary>The scheduler check with the every-second tick on, as installations run it (the app's tests turn the tick off).</summary>
public sealed class SchedulerHealthCheckTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly RunnerPulse _pulse;

    public SchedulerHealthCheckTests() => _pulse = new RunnerPulse(_clock);

    [Fact]
    public async Task Scheduler_IsHealthy_WhenItBeganAPassWithinTheLimit()
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        _pulse.Ticked();
        _clock.Advance(TimeSpan.FromSeconds(59));

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(tick: true)).Status);
    }

    [Fact]
    public async Task Scheduler_IsUnhealthy_WhenNoPassBeganWithinTheLimit()
    {
        _pulse.Ticked();
        _clock.Advance(TimeSpan.FromSeconds(61));

        var result = await CheckAsync(tick: true);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("61 seconds", result.Description);
    }

    [Fact]
    public async Task Scheduler_IsUnhealthy_WhenItNeverRanSinceStartPastTheLimit()
    {
        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(tick: true)).Status);
    }

    [Fact]
    public async Task Scheduler_IsHealthy_WhenTheTickIsOffAndTheHostRunsThePasses()
    {
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(tick: false)).Status);
    }

    private Task<HealthCheckResult> CheckAsync(bool tick)
    {
        var check = new SchedulerHealthCheck(_pulse, Options.Create(new RunnerOptions { SchedulerTick = tick }),
            Options.Create(new HealthSettings { SchedulerLateSeconds = 60 }), _clock);
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration("scheduler", check, HealthStatus.Unhealthy, null) };
        return check.CheckHealthAsync(context);
    }
}
