namespace Workflows.Engine.Runtime;

/// <summary>
/// Where a run is written down. The executor calls it after every step, with the state already moved
/// to what runs next, and waits for it: when it returns, the step is on record and survives a crash.
/// </summary>
public interface IExecutionJournal
{
    ValueTask CommitAsync(ExecutionState state, StepRecord? record, CancellationToken cancellationToken);
}
