namespace Workflows.Blazor.Data.Entities;

/// <summary>Who did what, and when: publishing, activating, deciding approvals, changing secrets, settings or users, deleting.</summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The user's email, or "api key NAME", or "command line".</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    /// <summary>The target as people name it: the workflow's name, "Manual run of …", the journey's name.</summary>
    public required string Target { get; set; }

    /// <summary>The app page that shows the target, when it has one.</summary>
    public string? TargetLink { get; set; }

    public string? Details { get; set; }
}
