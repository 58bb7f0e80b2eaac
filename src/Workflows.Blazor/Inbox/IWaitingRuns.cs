using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// The workflow runs that wait on an approval step, as the inbox sees them; the runner implements it. A decision or a
/// due time resumes the run in the inbox's own transaction, and once that committed, signals it so a worker takes it.
/// </summary>
public interface IWaitingRuns
{
    /// <summary>
    /// Claims the step's pending timer and queues its run with how the wait ended, in the caller's unit of work. False when
    /// the timer was fired or cancelled already, the run no longer waits, or (with <paramref name="dueBy"/>) the timer was moved later.
    /// </summary>
    Task<bool> ResumeAsync(
        AppDbContext db, long timerId, string executionId, BookmarkResolution resolution, DateTimeOffset now, CancellationToken cancellationToken,
        DateTimeOffset? dueBy = null);

    /// <summary>Tells the runner a resumed run is queued, once the resume committed.</summary>
    void Signal(string executionId);

    /// <summary>Tells the runner's timer waker that something comes due at <paramref name="dueAt"/>, so it wakes then.</summary>
    void WakeAt(DateTimeOffset dueAt);
}
