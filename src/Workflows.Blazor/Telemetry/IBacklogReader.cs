namespace Workflows.Blazor.Telemetry;

/// <summary>Reads what waits right now, for the metrics' gauges; the database answers it.</summary>
public interface IBacklogReader
{
    Backlog Read();
}
