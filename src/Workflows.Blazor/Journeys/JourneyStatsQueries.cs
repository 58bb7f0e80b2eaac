using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Experiments;
using Workflows.Engine.Experiments;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Reads a journey's conversion report (<see cref="JourneyStats"/>): contacts who entered in the period and those of them who
/// converted, adaptive and held out, compared as a split's paths are, with the same interval and test.
/// </summary>
public sealed class JourneyStatsQueries(IDbContextFactory<AppDbContext> contexts, JourneyStore store)
{
    public const string ComparisonName = "Adaptive vs holdout";

    /// <summary>The report for <paramref name="goal"/>, or the journey's first goal when none is named.</summary>
    public async Task<JourneyStats> GetAsync(string journeyId, StatsPeriod period, string? goal = null, CancellationToken cancellationToken = default)
    {
        var definition = (await store.GetAsync(journeyId, cancellationToken)).Definition;
        var goals = ConversionGoals.Of(definition.Goals).Select(g => g.Name).ToList();
        var measured = goal ?? goals.FirstOrDefault();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entered = await db.JourneyRuns.AsNoTracking().Where(r => r.JourneyId == journeyId).Within(r => r.EnrolledAt, period)
            .GroupBy(r => r.HeldOut).Select(g => new { HeldOut = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.HeldOut, g => g.Count, cancellationToken);
        var converted = await db.JourneyConversions.AsNoTracking().Where(c => c.JourneyId == journeyId && c.Goal == measured).Within(c => c.EnrolledAt, period)
            .GroupBy(c => c.HeldOut).Select(g => new { HeldOut = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.HeldOut, g => g.Count, cancellationToken);
        var comparison = SplitResults.For(journeyId, ComparisonName, JourneyHoldout.Paths(definition.HoldoutPercent), path =>
        {
            var heldOut = path == JourneyHoldout.Holdout;
            return (entered.GetValueOrDefault(heldOut), converted.GetValueOrDefault(heldOut));
        });
        return new JourneyStats(journeyId, period.From, period.To, measured, goals, definition.HoldoutPercent, comparison);
    }
}
