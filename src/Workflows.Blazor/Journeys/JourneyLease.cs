namespace Workflows.Blazor.Journeys;

/// <summary>A held lease on one journey run (see <see cref="JourneyLeases"/>); disposing it lets the run go.</summary>
public sealed class JourneyLease : IAsyncDisposable
{
    private readonly JourneyLeases _leases;

    internal JourneyLease(JourneyLeases leases, string runId, string owner)
    {
        _leases = leases;
        RunId = runId;
        Owner = owner;
    }

    public string RunId { get; }

    /// <summary>Who holds it: new for every lease taken, so two holders in one process are told apart too.</summary>
    public string Owner { get; }

    /// <summary>Extends the lease; false when it ran out and another took the run over, so the holder must stop.</summary>
    public Task<bool> RenewAsync(CancellationToken cancellationToken) => _leases.RenewAsync(this, cancellationToken);

    public async ValueTask DisposeAsync() => await _leases.ReleaseAsync(this);
}
