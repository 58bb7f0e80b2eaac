using Workflows.Engine.Editing.Schedules;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Store;

/// <summary>
/// What a workflow's trigger listens to, read from its definition: the web address, event type or cron schedule its
/// kind declares it listens on (<see cref="TriggerKind.Listens"/>), the others null.
/// </summary>
public sealed record TriggerInfo(string Type, string? WebhookPath, string? EventType, string? Cron, string TimeZone)
{
    public static TriggerInfo Of(WorkflowDefinition definition)
    {
        var trigger = WorkflowGraph.For(definition).HasExplicitTrigger ? WorkflowGraph.For(definition).Start : null;
        var type = trigger?.ConfigString("type") ?? TriggerTypes.Manual;
        var listens = TriggerTypes.Find(type)?.Listens ?? TriggerListener.Nothing;
        var (cron, zone) = CronTimes.Of(definition, trigger);
        return new TriggerInfo(type,
            listens == TriggerListener.WebAddress ? trigger?.ConfigString("path") : null,
            listens == TriggerListener.Event ? trigger?.ConfigString("eventType") : null,
            listens == TriggerListener.Schedule ? cron : null,
            zone);
    }
}
