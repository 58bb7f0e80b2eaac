using Workflows.Engine.Steps.Triggers;

namespace Workflows.Engine.Model;

/// <summary>The ways a trigger step can start a workflow (its <c>config.type</c>); each is declared once, under <c>Steps/Triggers/</c>.</summary>
public static class TriggerTypes
{
    public const string Manual = "manual";
    public const string Schedule = "schedule";
    public const string Webhook = "webhook";
    public const string Event = "event";

    /// <summary>Every kind, in the order the trigger's form offers them; a new kind adds its declaration here.</summary>
    public static IReadOnlyList<TriggerKind> Kinds { get; } = [ManualTrigger.Kind, ScheduleTrigger.Kind, WebhookTrigger.Kind, EventTrigger.Kind];

    public static IReadOnlyList<string> All { get; } = [.. Kinds.Select(k => k.Name)];

    /// <summary>The kind named <paramref name="type"/>, manual when none is named; null for an unknown name.</summary>
    public static TriggerKind? Find(string? type) => Kinds.FirstOrDefault(k => k.Name == (type ?? Manual));

    /// <summary>How <paramref name="trigger"/> starts the workflow: by hand when there is no trigger step; null for an unknown kind.</summary>
    public static TriggerKind? Of(StepDefinition? trigger) => Find(trigger?.ConfigString("type"));
}
