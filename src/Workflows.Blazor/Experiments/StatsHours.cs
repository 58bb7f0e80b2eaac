namespace Workflows.Blazor.Experiments;

/// <summary>The hours the stats rollup counts runs by: a period is read from the rollup for its whole hours and from the runs for its ends.</summary>
public static class StatsHours
{
    public static DateTimeOffset Floor(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerHour, TimeSpan.Zero);

    public static DateTimeOffset Ceiling(DateTimeOffset at) => Floor(at) == at ? Floor(at) : Floor(at).AddHours(1);

    /// <summary>
    /// The whole hours of <paramref name="period"/> (null when it has none) and the parts before and after them, which are
    /// shorter than an hour each.
    /// </summary>
    public static (StatsPeriod? Whole, IReadOnlyList<StatsPeriod> Ends) Split(StatsPeriod period)
    {
        var from = period.From is { } start ? Ceiling(start) : (DateTimeOffset?)null;
        var to = period.To is { } end ? Floor(end) : (DateTimeOffset?)null;
        if (from >= to)
        {
            return (null, [period]);
        }
        var ends = new List<StatsPeriod>();
        if (period.From != from)
        {
            ends.Add(new StatsPeriod(period.From, from));
        }
        if (period.To != to)
        {
            ends.Add(new StatsPeriod(to, period.To));
        }
        return (new StatsPeriod(from, to), ends);
    }
}
