namespace Workflows.Blazor.Journeys;

/// <summary>Statuses of journey runs and of scheduled journey actions, as stored.</summary>
public static class JourneyStatuses
{
    public const string Active = "active";
    public const string Finished = "finished";

    public const string Pending = "pending";
    public const string AwaitingApproval = "awaiting_approval";
    public const string Running = "running";
    public const string Done = "done";
    public const string Cancelled = "cancelled";
}
