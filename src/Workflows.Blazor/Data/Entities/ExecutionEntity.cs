using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Data.Entities;

/// <summary>One run of a workflow version. <see cref="StateJson"/> is the engine's state after the last committed step.</summary>
public sealed class ExecutionEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public required string WorkflowId { get; set; }

    public int Version { get; set; }

    public ExecutionStatus Status { get; set; }

    /// <summary>manual, schedule, webhook, event or retry.</summary>
    public required string TriggerType { get; set; }

    public string? TriggerInfoJson { get; set; }

    public string? SubjectId { get; set; }

    public string? ThreadId { get; set; }

    public bool IsTest { get; set; }

    public string? InputJson { get; set; }

    public required string StateJson { get; set; }

    public string? CurrentStep { get; set; }

    public int StepCount { get; set; }

    public string? Error { get; set; }

    public string? FailedStep { get; set; }

    /// <summary>How a wait ended (port and output), set when a timer fires or an event arrives, read by the worker that resumes the run.</summary>
    public string? ResumeJson { get; set; }

    /// <summary>The app instance whose worker claimed the run; a running run whose instance stopped renewing its lease is queued again.</summary>
    public string? RunnerId { get; set; }

    /// <summary>Set when someone asked to cancel while a worker was running the execution.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>A queued run that must not start before this time (a follow-up scheduled by another run).</summary>
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>The key of the action that started the run (a follow-up, a journey's workflow call): run again, it finds this run.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
