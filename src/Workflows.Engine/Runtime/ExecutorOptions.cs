using Workflows.Engine.Common;

namespace Workflows.Engine.Runtime;

public sealed record ExecutorOptions
{
    /// <summary>Step runs after which a run is stopped as runaway (every loop iteration counts).</summary>
    public int MaxStepRuns { get; init; } = 10_000;

    /// <summary>The caps steps render under, such as the characters one template may produce.</summary>
    public WorkflowLimits Limits { get; init; } = WorkflowLimits.Default;
}
