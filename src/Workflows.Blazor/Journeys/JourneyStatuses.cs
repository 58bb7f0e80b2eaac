namespace Workflows.Blazor.Journeys;

/// <summary>Statuses of scheduled journey actions and of their recorded action steps, as stored.</summary>
public static class JourneyStatuses
{
    public const string Pending = "pending";
    public const string AwaitingApproval = "awaiting_approval";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
