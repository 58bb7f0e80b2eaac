namespace Workflows.Engine.Model;

/// <summary>What an active workflow's trigger is registered on, so that it starts runs by itself.</summary>
public enum TriggerListener
{
    /// <summary>Runs start by hand or through the API only.</summary>
    Nothing,

    /// <summary>Its cron schedule.</summary>
    Schedule,

    /// <summary>Its web address, under <see cref="WebhookPaths.Prefix"/>.</summary>
    WebAddress,

    /// <summary>The app events of its event type.</summary>
    Event,
}
