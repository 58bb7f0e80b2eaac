namespace Workflows.Blazor.Runner;

/// <summary>The executions page's summary of the last days: runs per day, success rate, median duration, workflows that fail most.</summary>
public sealed record ExecutionDashboard(
    IReadOnlyList<DayCount> Days,
    double? SuccessRate,
    TimeSpan? MedianDuration,
    IReadOnlyList<FailingWorkflow> MostFailing);

public sealed record DayCount(DateOnly Day, int Completed, int Failed, int Other);

public sealed record FailingWorkflow(string WorkflowId, string Name, int Failures);
