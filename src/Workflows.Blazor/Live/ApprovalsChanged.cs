namespace Workflows.Blazor.Live;

/// <summary>Inbox items were added, decided, escalated, expired or cancelled.</summary>
public sealed record ApprovalsChanged : Change
{
    public static ApprovalsChanged Instance { get; } = new();
}
