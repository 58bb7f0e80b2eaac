using System.Diagnostics;
using Workflows.Blazor.Data;
using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Operations.Status;

/// <summary>Reads the System page's figures: the version, since when the app runs, the database's size and disk, and the backlog.</summary>
public sealed class SystemQueries(DatabaseLocation database, IDatabaseSize size, IBacklogReader backlog)
{
    private static readonly DateTimeOffset ProcessStarted = StartOfThisProcess();

    public SystemOverview Overview() => new(
        AppVersion.Short,
        AppVersion.Commit,
        ProcessStarted,
        size.Bytes(),
        new DriveInfo(database.Folder).AvailableFreeSpace,
        backlog.Read());

    private static DateTimeOffset StartOfThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
    }
}
