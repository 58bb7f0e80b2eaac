namespace Workflows.Blazor.Runner;

/// <summary>More work the every-second tick does after timers and schedules (e.g. journeys' scheduled actions), on the same clock.</summary>
public interface IDueWork
{
    Task ProcessAsync(CancellationToken cancellationToken);
}
