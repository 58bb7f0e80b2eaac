using Workflows.Engine.Editing.Schedules;

namespace Workflows.Blazor.Store;

/// <summary>Cron expressions with time zones: when a schedule fires next; a bad cron or zone is the caller's mistake.</summary>
public static class CronSchedule
{
    public static DateTimeOffset? NextAfter(string cron, string timeZone, DateTimeOffset after) =>
        Upcoming(cron, timeZone, after, 1) is [var next] ? next : null;

    /// <summary>The next <paramref name="count"/> fire times, for showing people what a schedule means.</summary>
    public static IReadOnlyList<DateTimeOffset> Upcoming(string cron, string timeZone, DateTimeOffset after, int count)
    {
        var expression = CronTimes.Parse(cron, out var cronProblem) ?? throw AppException.Invalid(cronProblem!);
        var zone = CronTimes.Zone(timeZone, out var zoneProblem) ?? throw AppException.Invalid(zoneProblem!);
        return CronTimes.Upcoming(expression, zone, after, count);
    }
}
