using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Data.Entities;

/// <summary>One step run of an execution, as the engine recorded it. (ExecutionId, Sequence) is unique: no step is recorded twice.</summary>
public sealed class ExecutionStepEntity
{
    public long Id { get; set; }

    public required string ExecutionId { get; set; }

    public int Sequence { get; set; }

    public required string StepSlug { get; set; }

    public required string StepType { get; set; }

    public string? LoopPath { get; set; }

    public int Attempt { get; set; }

    public StepRecordStatus Status { get; set; }

    public string? InputJson { get; set; }

    public string? OutputJson { get; set; }

    public string? Port { get; set; }

    /// <summary>The run's variables after this step, only on steps that changed them.</summary>
    public string? VariablesJson { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public double DurationMs { get; set; }
}
