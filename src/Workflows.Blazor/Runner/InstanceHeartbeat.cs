namespace Workflows.Blazor.Runner;

/// <summary>
/// Where instances share the database: renews this instance's lease, and the leader's while it holds it (or takes it when
/// its holder stopped), three times a term from start to stop, whatever the scheduler's tick does.
/// </summary>
public sealed class InstanceHeartbeat(InstanceLeases leases, ILogger<InstanceHeartbeat> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!leases.Shared)
        {
            return;
        }
        // Real time: the lease must be renewed while the process lives, whatever clock the runs read.
        using var beat = new PeriodicTimer(leases.Term / 3);
        do
        {
            try
            {
                await leases.RenewInstanceAsync(stoppingToken);
                await leases.LeadsAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "This instance's leases could not be renewed; trying again shortly.");
            }
        }
        while (await WaitAsync(beat, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer beat, CancellationToken stoppingToken)
    {
        try
        {
            return await beat.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
