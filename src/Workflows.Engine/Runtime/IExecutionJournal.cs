namespace Workflows.Engine.Runtime;

/// <summary>
/// Where a run is written down. The executor calls it with the state already moved to what runs next and the records
/// of the steps run since the last commit, oldest first, and waits for it: when it returns, those steps are on record
/// and survive a crash. Steps without a side effect may be held for the next commit (see <see cref="RunJournal"/>).
/// </summary>
public interface IExecutionJournal
{
    ValueTask CommitAsync(ExecutionState state, IReadOnlyList<StepRecord> records, CancellationToken cancellationToken);
}
