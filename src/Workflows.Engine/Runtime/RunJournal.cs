namespace Workflows.Engine.Runtime;

/// <summary>
/// One run's way to its journal. The record of a step without a side effect (a condition, a split, a loop's
/// bookkeeping, variables, a read) is held and committed with the next step that has one, or with the run's end:
/// after a crash the run goes on from its last commit and runs the held steps again, which changes nothing outside
/// the run. At most <see cref="MaxHeld"/> records are held, so a long side-effect-free loop still commits as it goes.
/// </summary>
internal sealed class RunJournal(IExecutionJournal journal)
{
    public const int MaxHeld = 256;

    private readonly List<StepRecord> _held = [];

    public bool IsFull => _held.Count >= MaxHeld;

    /// <summary>Holds the record of a step without a side effect; false when the hold is full and the step must be committed.</summary>
    public bool TryHold(StepRecord record)
    {
        if (IsFull)
        {
            return false;
        }
        _held.Add(record);
        return true;
    }

    /// <summary>Commits the state with the held records and <paramref name="record"/>.</summary>
    public async ValueTask CommitAsync(ExecutionState state, StepRecord? record, CancellationToken cancellationToken)
    {
        if (record is not null)
        {
            _held.Add(record);
        }
        StepRecord[] records = [.. _held];
        _held.Clear();
        await journal.CommitAsync(state, records, cancellationToken);
    }
}
