namespace Workflows.Engine.Runtime;

public enum StepRecordStatus
{
    Completed,
    Failed,
    Waiting,
}
