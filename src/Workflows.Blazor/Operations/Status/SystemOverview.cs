using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Operations.Status;

/// <summary>How this installation is doing right now, for the System page.</summary>
/// <param name="Version">The release, e.g. 1.2.0.</param>
/// <param name="Commit">The source revision it was built from, shortened; null when the build recorded none.</param>
/// <param name="StartedAt">When the app's process started.</param>
/// <param name="DatabaseBytes">The database: the SQLite file with its write-ahead log, or the PostgreSQL database.</param>
/// <param name="FreeDiskBytes">Free space on the disk that holds the database.</param>
/// <param name="Backlog">What waits now.</param>
public sealed record SystemOverview(string Version, string? Commit, DateTimeOffset StartedAt, long DatabaseBytes, long FreeDiskBytes, Backlog Backlog);
