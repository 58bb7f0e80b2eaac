namespace Workflows.Blazor.Operations.Status;

/// <summary>Takes a sample of <see cref="MetricsHistory"/> every <see cref="MetricsHistory.Interval"/> while the app runs.</summary>
public sealed class MetricsSampler(MetricsHistory history, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(history.Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                history.Sample();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app stops.
        }
    }
}
