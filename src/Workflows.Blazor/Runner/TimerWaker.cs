using Microsoft.Extensions.Options;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Fires each timer at its due time instead of on the scheduler's next one-second tick: sleeps until the earliest
/// pending timer is due, and wakes earlier when a run sets an earlier one (<see cref="TimerAlarm"/>). It sleeps at most
/// <see cref="LongestSleep"/>, so a timer moved by other means (an escalation, a restored database) is still seen in time.
/// Off where the host runs the due-work passes itself (<c>Runner:SchedulerTick</c>), as tests under a fake clock do.
/// </summary>
public sealed class TimerWaker(IDueTimers timers, TimerAlarm alarm, IOptions<RunnerOptions> options, TimeProvider time, ILogger<TimerWaker> logger)
    : BackgroundService
{
    public static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerTick)
        {
            return;
        }
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WakeOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Firing due timers failed; trying again in a second");
                await Task.Delay(LongestSleep, time, stoppingToken);
            }
        }
    }

    /// <summary>Fires what is due now, or sleeps until the next timer is due, a nearer one is set, or <see cref="LongestSleep"/> passed.</summary>
    public async Task WakeOnceAsync(CancellationToken cancellationToken)
    {
        var ring = alarm.Listen();
        var next = await timers.NextDueAtAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (next <= now)
        {
            // Even when the scheduler's tick fired them first, look again at once: more may be due.
            await timers.FireDueTimersAsync(cancellationToken);
            return;
        }
        var sleep = next is { } due && due - now < LongestSleep ? due - now : LongestSleep;
        alarm.SleepUntil(now + sleep);
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(Task.Delay(sleep, time, wake.Token), ring);
        await wake.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
