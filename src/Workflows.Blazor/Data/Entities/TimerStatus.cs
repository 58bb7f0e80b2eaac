namespace Workflows.Blazor.Data.Entities;

public enum TimerStatus
{
    Pending,
    Fired,
    Cancelled,
}
