using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Data.Entities;

/// <summary>A suspended execution's bookmark: when it is due, or which event for which subject it awaits.</summary>
public sealed class TimerEntity
{
    public long Id { get; set; }

    public required string ExecutionId { get; set; }

    public required string StepSlug { get; set; }

    public BookmarkKind Kind { get; set; }

    public TimerStatus Status { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The port the step takes when <see cref="DueAt"/> passes: success for a plain wait, timeout (or a decision) otherwise.</summary>
    public string? DuePort { get; set; }

    public string? EventType { get; set; }

    public string? SubjectId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FiredAt { get; set; }
}
