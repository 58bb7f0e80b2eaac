using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>What the executions list is narrowed to; every part is optional.</summary>
public sealed record ExecutionFilter
{
    public string? WorkflowId { get; init; }

    public ExecutionStatus? Status { get; init; }

    public string? TriggerType { get; init; }

    /// <summary>Only runs created at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>An execution id, a subject id, or text in the run's input.</summary>
    public string? Search { get; init; }

    /// <summary>Also looks for the search text in errors and step outputs: thorough, but it reads every step record.</summary>
    public bool SearchOutputs { get; init; }

    /// <summary>Only runs a split step sent down the path of this name.</summary>
    public string? SplitPath { get; init; }
}
