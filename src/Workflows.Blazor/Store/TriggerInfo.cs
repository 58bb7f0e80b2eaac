using Workflows.Engine.Editing.Schedules;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Store;

/// <summary>What a workflow's trigger listens to, read from its definition.</summary>
public sealed record TriggerInfo(string Type, string? WebhookPath, string? EventType, string? Cron, string TimeZone)
{
    public static TriggerInfo Of(WorkflowDefinition definition)
    {
        var trigger = WorkflowGraph.For(definition).HasExplicitTrigger ? WorkflowGraph.For(definition).Start : null;
        var type = trigger?.ConfigString("type") ?? TriggerTypes.Manual;
        var (cron, zone) = CronTimes.Of(definition, trigger);
        return new TriggerInfo(type, trigger?.ConfigString("path"), trigger?.ConfigString("eventType"), cron, zone);
    }
}
