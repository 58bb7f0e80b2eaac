using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;

namespace Workflows.Blazor.Journeys;

/// <summary>Told by the inbox when a reviewer decided an approval; wakes <see cref="JourneyApprovalWorker"/> so a journey's approved action runs at once.</summary>
public sealed class JourneyApprovalSignal : IApprovalWaiter
{
    // The same one-slot wake-up the decision worker uses: one wake-up covers any number of decisions.
    private readonly JourneyDecisionSignal _decided = new();

    public void Decided(ApprovalEntity approval) => _decided.Notify();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _decided.WaitAsync(timeout, cancellationToken);
}
