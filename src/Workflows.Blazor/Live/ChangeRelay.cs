using Workflows.Blazor.Data;

namespace Workflows.Blazor.Live;

/// <summary>
/// Where instances share the database: sends what is published on this instance to the others through the database's
/// <see cref="IInstanceChannel"/>, gathered as pages' calls are (at once, then at most ten times a second), and hands
/// what the others publish to this instance's subscribers. On SQLite there is no channel and it does nothing.
/// </summary>
public sealed class ChangeRelay(ChangeNotifications notifications, ILogger<ChangeRelay> logger, IInstanceChannel? channel = null) : BackgroundService
{
    /// <summary>Tells this instance's messages from the others' (the channel brings them back to their sender too).</summary>
    private readonly string _instance = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (channel is null)
        {
            return;
        }
        using var outgoing = notifications.SubscribeToThisInstance(changes => SendAsync(channel, changes, stoppingToken));
        await channel.ListenAsync(Receive, stoppingToken);
    }

    private async Task SendAsync(IInstanceChannel to, IReadOnlyList<Change> changes, CancellationToken stoppingToken)
    {
        try
        {
            await to.SendAsync(ChangeMessages.Write(_instance, changes, to.MaxMessageBytes), stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Other instances could not be told of {Count} changes; their pages show them on their next reload", changes.Count);
        }
    }

    private void Receive(string message)
    {
        if (ChangeMessages.Read(message) is not var (from, changes) || from == _instance)
        {
            return;
        }
        foreach (var change in changes)
        {
            notifications.PublishFromElsewhere(change);
        }
    }
}
