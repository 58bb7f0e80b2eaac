using Cronos;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Runner;

/// <summary>Cron expressions with time zones (Cronos): when a schedule fires next.</summary>
public static class CronSchedule
{
    public static DateTimeOffset? NextAfter(string cron, string timeZone, DateTimeOffset after) =>
        Parse(cron).GetNextOccurrence(after, Zone(timeZone));

    /// <summary>The next <paramref name="count"/> fire times, for showing people what a schedule means.</summary>
    public static IReadOnlyList<DateTimeOffset> Upcoming(string cron, string timeZone, DateTimeOffset after, int count)
    {
        var expression = Parse(cron);
        var zone = Zone(timeZone);
        var times = new List<DateTimeOffset>(count);
        for (var next = expression.GetNextOccurrence(after, zone); next is { } time && times.Count < count; next = expression.GetNextOccurrence(time, zone))
        {
            times.Add(time);
        }
        return times;
    }

    private static CronExpression Parse(string cron)
    {
        try
        {
            return CronExpression.Parse(cron, cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            throw StoreException.Invalid($"'{cron}' is not a cron expression ({ex.Message}). Example: \"0 9 * * 1\" is Mondays at 9:00.");
        }
    }

    private static TimeZoneInfo Zone(string timeZone)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw StoreException.Invalid($"'{timeZone}' is not a time zone; use an IANA name such as \"America/New_York\" or \"UTC\".");
        }
    }
}
