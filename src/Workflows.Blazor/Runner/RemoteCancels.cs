using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Live;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Where instances share the database, a cancel asked on one instance must stop a run another one's worker runs.
/// <see cref="ExecutionCommands"/> records the request on the run's row and publishes <see cref="CancelRequested"/>: this
/// instance stops its run as soon as the news arrives, and, in case it never does, looks for requests on its own running
/// runs every <see cref="LookEvery"/>. On SQLite the app is alone and cancels in process; this does nothing.
/// </summary>
public sealed class RemoteCancels(
    IDbContextFactory<AppDbContext> contexts, InstanceLeases leases, ExecutionDispatcher dispatcher, ChangeNotifications changes,
    ILogger<RemoteCancels> logger) : BackgroundService
{
    public static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!leases.Shared)
        {
            return;
        }
        using var news = changes.Subscribe(change => change is CancelRequested, requests =>
        {
            foreach (var request in requests.OfType<CancelRequested>())
            {
                dispatcher.TryCancelRunning(request.ExecutionId);
            }
            return Task.CompletedTask;
        });
        // Real time, as the instance's lease: the request must be honoured whatever clock the runs read.
        using var look = new PeriodicTimer(LookEvery);
        try
        {
            while (await look.WaitForNextTickAsync(stoppingToken))
            {
                await CancelRequestedRunsAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CancelRequestedRunsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(stoppingToken);
            var requested = await db.Executions
                .Where(e => e.Status == ExecutionStatus.Running && e.CancelRequested && e.RunnerId == leases.InstanceId)
                .Select(e => e.Id)
                .ToListAsync(stoppingToken);
            foreach (var executionId in requested)
            {
                dispatcher.TryCancelRunning(executionId);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not look for cancel requests on this instance's runs; looking again shortly");
        }
    }
}
