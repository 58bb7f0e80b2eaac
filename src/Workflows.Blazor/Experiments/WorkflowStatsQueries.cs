using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Reads a workflow's funnel and its experiments' results (<see cref="WorkflowStats"/>) from the runs' step records and the
/// recorded conversions; step names, links and split paths come from the workflow as it is drawn now.
/// </summary>
public sealed class WorkflowStatsQueries(IDbContextFactory<AppDbContext> contexts, WorkflowStore workflows)
{
    /// <summary>
    /// The stats for <paramref name="goal"/>, or the workflow's first goal when none is named; of the runs of one published
    /// <paramref name="version"/>, drawn as that version is, or of all runs, drawn as the draft is.
    /// </summary>
    public async Task<WorkflowStats> GetAsync(string workflowId, StatsPeriod period, string? goal = null, int? version = null, CancellationToken cancellationToken = default)
    {
        var definition = version is { } number
            ? (await workflows.GetVersionAsync(workflowId, number, cancellationToken)).Definition
            : await workflows.GetDraftAsync(workflowId, cancellationToken);
        var goals = ConversionGoals.Of(definition).Select(g => g.Name).ToList();
        var measured = goal ?? goals.FirstOrDefault();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = RunsIn(db, workflowId, period, version);
        var steps = from step in db.ExecutionSteps join run in runs on step.ExecutionId equals run.Id select step;
        var reached = await steps.GroupBy(s => s.StepSlug, s => s.ExecutionId)
            .Select(g => new { Step = g.Key, Runs = g.Distinct().LongCount() })
            .ToDictionaryAsync(s => s.Step, s => s.Runs, cancellationToken);
        var passed = await steps.Where(s => s.Port != null).GroupBy(s => new { s.StepSlug, s.Port }, s => s.ExecutionId)
            .Select(g => new { g.Key.StepSlug, g.Key.Port, Runs = g.Distinct().LongCount() })
            .ToListAsync(cancellationToken);
        var conversions = ConversionsIn(db, workflowId, measured, period, version);
        var experiments = StepTypes.Experiments;
        var convertedByPath = await (from conversion in conversions
                                     join step in db.ExecutionSteps on conversion.ExecutionId equals step.ExecutionId
                                     where experiments.Contains(step.StepType) && step.Port != null
                                     group conversion.ExecutionId by new { step.StepSlug, step.Port } into g
                                     select new { g.Key.StepSlug, g.Key.Port, Runs = g.Distinct().LongCount() })
            .ToDictionaryAsync(c => (c.StepSlug, c.Port!), c => c.Runs, cancellationToken);

        var entered = passed.ToDictionary(p => (p.StepSlug, p.Port!), p => p.Runs);
        return new WorkflowStats(workflowId, version, period.From, period.To, measured, goals,
            await runs.LongCountAsync(cancellationToken),
            await conversions.LongCountAsync(cancellationToken),
            [.. definition.Steps.Select(s => new StepReach(s.Slug, s.DisplayName, reached.GetValueOrDefault(s.Slug)))],
            [.. passed.OrderBy(p => p.StepSlug, StringComparer.Ordinal).ThenBy(p => p.Port, StringComparer.Ordinal)
                .Select(p => new LinkPass(p.StepSlug, p.Port!, definition.Steps.FirstOrDefault(s => s.Slug == p.StepSlug)?.TargetOf(p.Port!), p.Runs))],
            [.. definition.Steps.Where(s => StepTypes.RunsExperiment(s) && SplitConfig.Paths(s).Count > 0).Select(split =>
                SplitResults.For(split, SplitConfig.Paths(split),
                    path => (entered.GetValueOrDefault((split.Slug, path)), convertedByPath.GetValueOrDefault((split.Slug, path)))))]);
    }

    private static IQueryable<ExecutionEntity> RunsIn(AppDbContext db, string workflowId, StatsPeriod period, int? version)
    {
        var runs = db.Executions.AsNoTracking().Where(e => e.WorkflowId == workflowId && !e.IsTest);
        if (version is { } number)
        {
            runs = runs.Where(e => e.Version == number);
        }
        if (period.From is { } from)
        {
            runs = runs.Where(e => e.CreatedAt >= from);
        }
        if (period.To is { } to)
        {
            runs = runs.Where(e => e.CreatedAt < to);
        }
        return runs;
    }

    private static IQueryable<ConversionEntity> ConversionsIn(AppDbContext db, string workflowId, string? goal, StatsPeriod period, int? version)
    {
        var conversions = db.Conversions.AsNoTracking().Where(c => c.WorkflowId == workflowId && c.Goal == goal);
        if (version is { } number)
        {
            conversions = conversions.Where(c => c.Version == number);
        }
        if (period.From is { } from)
        {
            conversions = conversions.Where(c => c.RunStartedAt >= from);
        }
        if (period.To is { } to)
        {
            conversions = conversions.Where(c => c.RunStartedAt < to);
        }
        return conversions;
    }
}
