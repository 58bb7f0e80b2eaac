namespace Workflows.Blazor.Data;

/// <summary>
/// Short messages between the app instances that share one database, through the database itself (PostgreSQL's
/// LISTEN/NOTIFY). Registered only where instances can share it: on SQLite the app is alone with its file and there is
/// none. Lossy: a message sent while an instance is not listening never reaches it, so nothing durable may depend on one.
/// </summary>
public interface IInstanceChannel
{
    /// <summary>The longest message, in UTF-8 bytes, that <see cref="SendAsync"/> carries.</summary>
    int MaxMessageBytes { get; }

    /// <summary>Sends each message to every instance listening now, this one included, in one round trip.</summary>
    Task SendAsync(IReadOnlyList<string> messages, CancellationToken cancellationToken);

    /// <summary>Hands every message sent on the channel to <paramref name="onMessage"/> until cancelled, listening again after a lost connection.</summary>
    Task ListenAsync(Action<string> onMessage, CancellationToken cancellationToken);
}
