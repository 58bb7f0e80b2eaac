using Workflows.Engine.Runtime;

namespace Workflows.Benchmarks;

/// <summary>Keeps nothing, so the benchmark measures the engine rather than a list growing.</summary>
internal sealed class NullJournal : IExecutionJournal
{
    public static NullJournal Instance { get; } = new();

    public ValueTask CommitAsync(ExecutionState state, IReadOnlyList<StepRecord> records, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
