using Workflows.Engine.Runtime;

namespace Workflows.Engine.Tests.Support;

/// <summary>A journal that keeps, for every commit, the slugs of the step records it brought and the run's status.</summary>
public sealed class CommitLog : IExecutionJournal
{
    private readonly List<(IReadOnlyList<string> Steps, ExecutionStatus Status)> _commits = [];

    public IReadOnlyList<(IReadOnlyList<string> Steps, ExecutionStatus Status)> Commits => _commits;

    public ValueTask CommitAsync(ExecutionState state, IReadOnlyList<StepRecord> records, CancellationToken cancellationToken)
    {
        _commits.Add(([.. records.Select(r => r.StepSlug)], state.Status));
        return ValueTask.CompletedTask;
    }
}
