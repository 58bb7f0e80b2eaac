namespace Workflows.Blazor.Live;

/// <summary>A run was started, moved a step, suspended, resumed, finished, or was cancelled or retried.</summary>
public sealed record ExecutionChanged(string ExecutionId, string WorkflowId) : Change;
