using Workflows.Blazor.Data;
using Workflows.Blazor.Inbox;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>The runner's side of <see cref="IWaitingRuns"/>: resumes as a fired timer does, wakes a worker, and sets the timer waker's alarm.</summary>
internal sealed class WaitingRuns(ExecutionDispatcher dispatcher, TimerAlarm alarm) : IWaitingRuns
{
    public Task<bool> ResumeAsync(
        AppDbContext db, long timerId, string executionId, BookmarkResolution resolution, DateTimeOffset now, CancellationToken cancellationToken,
        DateTimeOffset? dueBy = null) =>
        TimerResumer.ResumeAsync(db, timerId, executionId, resolution, now, cancellationToken, dueBy);

    public void Signal(string executionId) => dispatcher.Signal(executionId);

    public void WakeAt(DateTimeOffset dueAt) => alarm.Set(dueAt);
}
