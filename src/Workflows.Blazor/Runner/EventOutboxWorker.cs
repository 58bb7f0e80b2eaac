using Workflows.Blazor.Data;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Dispatches the outbox's events as soon as the write that raised them commits (the outbox interceptor wakes it), and
/// on start those a stop or crash left behind. A look every second without a wake-up catches events whose retry fell due.
/// </summary>
public sealed class EventOutboxWorker(EventOutbox outbox, EventOutboxSignal signal, ILogger<EventOutboxWorker> logger)
    : SignalledWorker(signal.WaitAsync, TimeSpan.FromSeconds(1), logger)
{
    protected override string FailureMessage => "Publishing the app's events failed; trying again in a moment.";

    protected override async Task<bool> PassAsync(CancellationToken stoppingToken) => await outbox.DispatchDueAsync(stoppingToken) >= EventOutbox.BatchSize;
}
