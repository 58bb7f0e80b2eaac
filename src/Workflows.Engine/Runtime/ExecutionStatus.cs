namespace Workflows.Engine.Runtime;

public enum ExecutionStatus
{
    Queued,
    Running,
    Waiting,
    Completed,
    Failed,
    Cancelled,
}
