namespace Workflows.Engine.Runtime;

/// <summary>Keeps a run's step records in memory, for the command line and tests.</summary>
public sealed class InMemoryJournal : IExecutionJournal
{
    private readonly List<StepRecord> _records = [];

    public IReadOnlyList<StepRecord> Records => _records;

    public ValueTask CommitAsync(ExecutionState state, StepRecord? record, CancellationToken cancellationToken)
    {
        if (record is not null)
        {
            _records.Add(record);
        }
        return ValueTask.CompletedTask;
    }
}
