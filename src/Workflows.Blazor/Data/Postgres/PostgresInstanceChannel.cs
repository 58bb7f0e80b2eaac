using Npgsql;

namespace Workflows.Blazor.Data.Postgres;

/// <summary>
/// <see cref="IInstanceChannel"/> over LISTEN/NOTIFY on the app's database. The listener holds a connection of its own
/// outside the pool (a pooled connection forgets its LISTEN when returned), kept alive so a dropped link is noticed.
/// </summary>
public sealed class PostgresInstanceChannel(DatabaseSettings database, ILogger<PostgresInstanceChannel> logger) : IInstanceChannel
{
    private const string Channel = "workflows_instances";

    /// <summary>What PostgreSQL accepts in one NOTIFY (8000 bytes), with room to spare.</summary>
    public int MaxMessageBytes => 7900;

    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    public async Task SendAsync(IReadOnlyList<string> messages, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, message) FROM unnest(@messages) AS message", connection);
        notify.Parameters.AddWithValue("channel", Channel);
        notify.Parameters.AddWithValue("messages", messages.ToArray());
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ListenAsync(Action<string> onMessage, CancellationToken cancellationToken)
    {
        var listener = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listener);
                connection.Notification += (_, notification) => onMessage(notification.Payload);
                await connection.OpenAsync(cancellationToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Lost the link that brings other instances' news; listening again in {Seconds} s", Reconnect.TotalSeconds);
                try
                {
                    await Task.Delay(Reconnect, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
