using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Reads a workflow's funnel and its experiments' results (<see cref="WorkflowStats"/>): whole hours from the stats rollup
/// (<see cref="StatsRollup"/>, brought up to date first unless the background fold is still counting past runs), the ends of the period from the runs' step records and the recorded
/// conversions; step names, links and split paths come from the workflow as it is drawn now.
/// </summary>
public sealed class WorkflowStatsQueries(IDbContextFactory<AppDbContext> contexts, WorkflowStore workflows, StatsRollup rollup)
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

        var counted = await rollup.CatchUpAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (whole, ends) = StatsHours.Split(period);
        var tally = whole is null ? new StatsTally() : await RolledUpAsync(db, workflowId, measured, version, whole, cancellationToken);
        foreach (var end in ends)
        {
            tally.Add(await CountedAsync(db, workflowId, measured, version, end, cancellationToken));
        }

        return new WorkflowStats(workflowId, version, period.From, period.To, measured, goals, tally.Runs, tally.Conversions,
            [.. definition.Steps.Select(s => new StepReach(s.Slug, s.DisplayName, tally.Reached.GetValueOrDefault(s.Slug)))],
            [.. tally.Passed.Where(p => p.Value > 0).OrderBy(p => p.Key.Step, StringComparer.Ordinal).ThenBy(p => p.Key.Port, StringComparer.Ordinal)
                .Select(p => new LinkPass(p.Key.Step, p.Key.Port, definition.Steps.FirstOrDefault(s => s.Slug == p.Key.Step)?.TargetOf(p.Key.Port), p.Value))],
            [.. definition.Steps.Where(s => StepTypes.RunsExperiment(s) && SplitConfig.Paths(s).Count > 0).Select(split =>
                SplitResults.For(split, SplitConfig.Paths(split),
                    path => (tally.Passed.GetValueOrDefault((split.Slug, path)), tally.ConvertedByPath.GetValueOrDefault((split.Slug, path)))))],
            counted);
    }

    /// <summary>The rollup's counts for the whole hours of the period: a few rows per hour, whatever the number of runs.</summary>
    private static async Task<StatsTally> RolledUpAsync(AppDbContext db, string workflowId, string? goal, int? version, StatsPeriod hours,
        CancellationToken cancellationToken)
    {
        var rows = db.StatsCounts.AsNoTracking().Where(c => c.WorkflowId == workflowId && (c.Goal == "" || c.Goal == goal));
        if (version is { } number)
        {
            rows = rows.Where(c => c.Version == number);
        }
        var sums = await rows.Within(c => c.Hour, hours).GroupBy(c => new { c.Goal, c.StepSlug, c.Port })
            .Select(g => new { g.Key.Goal, g.Key.StepSlug, g.Key.Port, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var tally = new StatsTally();
        foreach (var sum in sums)
        {
            switch (sum)
            {
                case { Goal: "", StepSlug: "" }: tally.Runs += sum.Count; break;
                case { Goal: "", Port: "" }: tally.Reached[sum.StepSlug] = sum.Count; break;
                case { Goal: "" }: tally.Passed[(sum.StepSlug, sum.Port)] = sum.Count; break;
                case { StepSlug: "" }: tally.Conversions += sum.Count; break;
                default: tally.ConvertedByPath[(sum.StepSlug, sum.Port)] = sum.Count; break;
            }
        }
        return tally;
    }

    /// <summary>The counts read from the runs themselves, for the ends of a period that do not fill an hour.</summary>
    private static async Task<StatsTally> CountedAsync(AppDbContext db, string workflowId, string? goal, int? version, StatsPeriod period,
        CancellationToken cancellationToken)
    {
        var runs = RunsIn(db, workflowId, period, version);
        var steps = from step in db.ExecutionSteps join run in runs on step.ExecutionId equals run.Id select step;
        var tally = new StatsTally
        {
            Runs = await runs.LongCountAsync(cancellationToken),
            Conversions = await ConversionsIn(db, workflowId, goal, period, version).LongCountAsync(cancellationToken),
        };
        foreach (var reached in await steps.GroupBy(s => s.StepSlug, s => s.ExecutionId)
            .Select(g => new { Step = g.Key, Runs = g.Distinct().LongCount() }).ToListAsync(cancellationToken))
        {
            tally.Reached[reached.Step] = reached.Runs;
        }
        foreach (var passed in await steps.Where(s => s.Port != null).GroupBy(s => new { s.StepSlug, s.Port }, s => s.ExecutionId)
            .Select(g => new { g.Key.StepSlug, Port = g.Key.Port!, Runs = g.Distinct().LongCount() }).ToListAsync(cancellationToken))
        {
            tally.Passed[(passed.StepSlug, passed.Port)] = passed.Runs;
        }
        var experiments = StepTypes.Experiments;
        foreach (var converted in await (from conversion in ConversionsIn(db, workflowId, goal, period, version)
                                         join step in db.ExecutionSteps on conversion.ExecutionId equals step.ExecutionId
                                         where experiments.Contains(step.StepType) && step.Port != null
                                         group conversion.ExecutionId by new { step.StepSlug, step.Port } into g
                                         select new { g.Key.StepSlug, Port = g.Key.Port!, Runs = g.Distinct().LongCount() }).ToListAsync(cancellationToken))
        {
            tally.ConvertedByPath[(converted.StepSlug, converted.Port)] = converted.Runs;
        }
        return tally;
    }

    private static IQueryable<ExecutionEntity> RunsIn(AppDbContext db, string workflowId, StatsPeriod period, int? version) =>
        db.Executions.AsNoTracking().Where(e => e.WorkflowId == workflowId && !e.IsTest && (version == null || e.Version == version))
            .Within(e => e.CreatedAt, period);

    private static IQueryable<ConversionEntity> ConversionsIn(AppDbContext db, string workflowId, string? goal, StatsPeriod period, int? version) =>
        db.Conversions.AsNoTracking().Where(c => c.WorkflowId == workflowId && c.Goal == goal && (version == null || c.Version == version))
            .Within(c => c.RunStartedAt, period);
}
