namespace Workflows.Blazor.Security;

/// <summary>One line of the audit log: when, who, what, on which target (with the page that shows it, when there is one).</summary>
public sealed record AuditEntryRow(DateTimeOffset At, string Actor, string Action, string Target, string? TargetLink, string? Details);
