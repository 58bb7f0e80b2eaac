namespace Workflows.Engine.Runtime;

public static class ExecutionStatuses
{
    /// <summary>The statuses a run does not leave (short of a retry, which makes a new run).</summary>
    public static readonly ExecutionStatus[] Ended = [ExecutionStatus.Completed, ExecutionStatus.Failed, ExecutionStatus.Cancelled];
}
