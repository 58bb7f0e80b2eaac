namespace Workflows.Blazor.Data;

/// <summary>Wakes the event dispatcher when events reach the outbox, so they go out at once rather than on its next look.</summary>
public sealed class EventOutboxSignal : WakeUpSignal;
