using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Engine.Editing;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Ends a split's experiment: a new version of the workflow, published and audited through <see cref="WorkflowCommands"/>, in
/// which everyone takes the winning path, with what the experiment had shown kept on the split.
/// </summary>
public sealed class ExperimentCommands(WorkflowStore store, WorkflowCommands workflows, WorkflowStatsQueries stats, TimeProvider time)
{
    /// <summary>Sends everyone of the split <paramref name="step"/> down <paramref name="path"/>; the new version's number.</summary>
    public async Task<int> EndAsync(string workflowId, string step, string path, string actor, CancellationToken cancellationToken = default)
    {
        var (version, split) = await RunningSplitAsync(workflowId, step, cancellationToken);
        var paths = SplitConfig.Paths(split);
        var chosen = paths.FirstOrDefault(p => p.Name == path)
            ?? throw AppException.Invalid($"'{split.DisplayName}' has no path '{path}'; its paths are {string.Join(", ", paths.Select(p => p.Name))}.");
        if (chosen.Holdout)
        {
            throw AppException.Invalid($"'{path}' is the holdout, which gets nothing; pick a path that sends.");
        }
        var report = await stats.GetAsync(workflowId, StatsPeriod.All, version: version, cancellationToken: cancellationToken);
        var outcome = ExperimentOutcome.Describe(report.Splits.Single(s => s.Step == step), path, report.Goal);
        var winner = new SplitWinner(path, time.GetUtcNow(), outcome);
        return await workflows.PublishChangeAsync(workflowId, definition => WithSplit(definition, step, s => SplitConfig.WithWinner(s, winner)),
            AuditActions.ExperimentEnded, $"ended the experiment '{split.DisplayName}': everyone takes path {path}. {outcome}", actor, cancellationToken);
    }

    /// <summary>
    /// Lets the split's experiment switch to its winner on its own (<see cref="ExperimentAutoSwitch"/>) by <paramref name="rule"/>, or
    /// only by hand when it is null: a new version, published and audited; the new version's number.
    /// </summary>
    public async Task<int> SetAutoSwitchAsync(string workflowId, string step, SplitAutoEnd? rule, string actor, CancellationToken cancellationToken = default)
    {
        if (rule?.FindProblem() is { } problem)
        {
            throw AppException.Invalid(problem);
        }
        var (_, split) = await RunningSplitAsync(workflowId, step, cancellationToken);
        var change = rule is null
            ? $"the experiment '{split.DisplayName}' switches to a winner only by hand"
            : $"the experiment '{split.DisplayName}' switches to the winning path on its own at {rule.Confidence:0.#}% confidence, once every path has {rule.MinimumPerPath:N0} contacts";
        return await workflows.PublishChangeAsync(workflowId, definition => WithSplit(definition, step, s => SplitAutoEnd.With(s, rule)),
            AuditActions.ExperimentAutoSwitch, change, actor, cancellationToken);
    }

    /// <summary>The running version and its split <paramref name="step"/>, whose experiment must still run.</summary>
    private async Task<(int Version, StepDefinition Split)> RunningSplitAsync(string workflowId, string step, CancellationToken cancellationToken)
    {
        var (version, running) = await store.GetVersionAsync(workflowId, cancellationToken: cancellationToken);
        var split = running.Steps.FirstOrDefault(s => s.Slug == step && StepTypes.RunsExperiment(s))
            ?? throw AppException.NotFound("split step", step);
        if (SplitConfig.Winner(split) is { } ended)
        {
            throw AppException.Conflict($"The experiment of '{split.DisplayName}' already ended: everyone takes {ended.Path}.");
        }
        return (version, split);
    }

    /// <summary>The definition with the split changed; unchanged when it has no such split (a draft may have removed it).</summary>
    private static WorkflowDefinition WithSplit(WorkflowDefinition definition, string step, Func<StepDefinition, StepDefinition> change) =>
        WorkflowGraph.For(definition).Find(step) is { } split && StepTypes.RunsExperiment(split)
            ? DefinitionEdits.ReplaceStep(definition, step, change(split))
            : definition;
}
