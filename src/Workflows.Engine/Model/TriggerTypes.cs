namespace Workflows.Engine.Model;

/// <summary>The ways a trigger step can start a workflow (its <c>config.type</c>).</summary>
public static class TriggerTypes
{
    public const string Manual = "manual";
    public const string Schedule = "schedule";
    public const string Webhook = "webhook";
    public const string Event = "event";

    public static IReadOnlyList<string> All { get; } = [Manual, Schedule, Webhook, Event];
}
