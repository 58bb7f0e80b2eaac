using Workflows.Blazor.Experiments;

namespace Workflows.Blazor.Components.Experiments;

/// <summary>The periods the editor's results offer: runs that started in the last 7 or 30 days, or all of them.</summary>
public enum ResultsPeriod
{
    Last7Days,
    Last30Days,
    All,
}

public static class ResultsPeriods
{
    public static string Label(ResultsPeriod period) => period switch
    {
        ResultsPeriod.Last7Days => "Last 7 days",
        ResultsPeriod.Last30Days => "Last 30 days",
        _ => "All time",
    };

    public static StatsPeriod ToStats(ResultsPeriod period, DateTimeOffset now) => period switch
    {
        ResultsPeriod.Last7Days => new StatsPeriod(now.AddDays(-7), null),
        ResultsPeriod.Last30Days => new StatsPeriod(now.AddDays(-30), null),
        _ => StatsPeriod.All,
    };
}
