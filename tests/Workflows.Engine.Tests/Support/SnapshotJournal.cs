using System.Text.Json;
using Workflows.Engine.Runtime;

namespace Workflows.Engine.Tests.Support;

/// <summary>A journal that stores the state as JSON at every commit, as the runner's database does.</summary>
public sealed class SnapshotJournal : IExecutionJournal
{
    private readonly List<string> _snapshots = [];

    public IReadOnlyList<string> Snapshots => _snapshots;

    public static ExecutionState Restore(string snapshot) => JsonSerializer.Deserialize<ExecutionState>(snapshot)!;

    public ValueTask CommitAsync(ExecutionState state, IReadOnlyList<StepRecord> records, CancellationToken cancellationToken)
    {
        _snapshots.Add(JsonSerializer.Serialize(state));
        return ValueTask.CompletedTask;
    }
}
