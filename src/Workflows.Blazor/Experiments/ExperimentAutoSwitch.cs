using Coravel.Invocable;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Store;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Ends the experiments whose designer let them switch on their own (<see cref="SplitAutoEnd"/>) once a path has won: the same
/// audited new version as ending one by hand (<see cref="ExperimentCommands.EndAsync"/>). Runs every minute on the leading instance
/// only, so two instances never end the same experiment twice.
/// </summary>
public sealed class ExperimentAutoSwitch(
    IDbContextFactory<AppDbContext> contexts,
    WorkflowStore store,
    WorkflowStatsQueries stats,
    ExperimentCommands experiments,
    InstanceLeases leases) : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke() => CheckAsync(CancellationToken);

    /// <summary>Ends every running experiment that has reached its rule; how many it ended.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken = default)
    {
        if (!await leases.LeadsAsync(cancellationToken))
        {
            return 0;
        }
        var ended = 0;
        foreach (var workflowId in await CandidatesAsync(cancellationToken))
        {
            var (version, definition) = await store.GetVersionAsync(workflowId, cancellationToken: cancellationToken);
            foreach (var split in definition.Steps.Where(s => StepTypes.RunsExperiment(s) && SplitConfig.Winner(s) is null))
            {
                if (SplitAutoEnd.Of(split) is { } rule && await WinnerAsync(workflowId, version, split, rule, cancellationToken) is { } winner)
                {
                    await experiments.EndAsync(workflowId, split.Slug, winner,
                        $"Automatic switch ({rule.Confidence:0.#}% confidence, {rule.MinimumPerPath:N0} contacts per path)", cancellationToken);
                    ended++;
                    break; // The workflow has a new version now; its other splits are looked at on the next pass.
                }
            }
        }
        return ended;
    }

    /// <summary>Active workflows whose running version lets an experiment switch on its own.</summary>
    private async Task<List<string>> CandidatesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Workflows.AsNoTracking()
            .Where(w => w.IsActive && db.WorkflowVersions.Any(v =>
                v.WorkflowId == w.Id && v.Version == w.ActiveVersion && v.DefinitionJson.Contains("\"" + SplitAutoEnd.ConfigKey + "\"")))
            .Select(w => w.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task<string?> WinnerAsync(string workflowId, int version, StepDefinition split, SplitAutoEnd rule, CancellationToken cancellationToken)
    {
        var report = await stats.GetAsync(workflowId, StatsPeriod.All, version: version, cancellationToken: cancellationToken);
        if (report.Goal is null || report.Counted < 1 || report.Splits.FirstOrDefault(s => s.Step == split.Slug) is not { } measured)
        {
            return null;
        }
        return rule.Winner(SplitConfig.Paths(split), path => measured.Paths.Where(p => p.Path == path).Select(p => (p.Entered, p.Converted)).FirstOrDefault());
    }
}
