namespace Workflows.Engine.Runtime;

/// <summary>Keeps a run's step records in memory, for the command line and tests.</summary>
public sealed class InMemoryJournal : IExecutionJournal
{
    private readonly List<StepRecord> _records = [];

    public IReadOnlyList<StepRecord> Records => _records;

    public ValueTask CommitAsync(ExecutionState state, IReadOnlyList<StepRecord> records, CancellationToken cancellationToken)
    {
        _records.AddRange(records);
        return ValueTask.CompletedTask;
    }
}
