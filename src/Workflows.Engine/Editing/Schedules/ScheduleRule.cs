using System.Globalization;

namespace Workflows.Engine.Editing.Schedules;

/// <summary>
/// A schedule as the builder shows it: every day / weekday / week on <see cref="Day"/> / month on <see cref="DayOfMonth"/>,
/// at <see cref="Time"/>. Written as a five-field cron expression; cron the builder cannot show stays raw text.
/// </summary>
public sealed record ScheduleRule(ScheduleFrequency Frequency, TimeOnly Time, DayOfWeek Day = DayOfWeek.Monday, int DayOfMonth = 1)
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static ScheduleRule Default { get; } = new(ScheduleFrequency.EveryDay, new TimeOnly(9, 0));

    public string ToCron() => Frequency switch
    {
        ScheduleFrequency.EveryWeekday => $"{Time.Minute} {Time.Hour} * * 1-5",
        ScheduleFrequency.EveryWeek => $"{Time.Minute} {Time.Hour} * * {(int)Day}",
        ScheduleFrequency.EveryMonth => $"{Time.Minute} {Time.Hour} {DayOfMonth} * *",
        _ => $"{Time.Minute} {Time.Hour} * * *",
    };

    /// <summary>The rule a cron expression means, or null when it is not one the builder can show (every 15 minutes, several days...).</summary>
    public static ScheduleRule? FromCron(string? cron)
    {
        var fields = cron?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (fields.Length != 5 || !Whole(fields[0], 0, 59, out var minute) || !Whole(fields[1], 0, 23, out var hour) || fields[3] != "*")
        {
            return null;
        }
        var time = new TimeOnly(hour, minute);
        return (fields[2], fields[4]) switch
        {
            ("*", "*") => new ScheduleRule(ScheduleFrequency.EveryDay, time),
            ("*", var days) when days.Equals("1-5", StringComparison.Ordinal) || days.Equals("MON-FRI", StringComparison.OrdinalIgnoreCase) =>
                new ScheduleRule(ScheduleFrequency.EveryWeekday, time),
            ("*", var day) when WeekDay(day) is { } weekDay => new ScheduleRule(ScheduleFrequency.EveryWeek, time, weekDay),
            (var day, "*") when Whole(day, 1, 31, out var dayOfMonth) => new ScheduleRule(ScheduleFrequency.EveryMonth, time, DayOfMonth: dayOfMonth),
            _ => null,
        };
    }

    /// <summary>The rule in words: "Every Monday at 9:00".</summary>
    public string Describe()
    {
        var at = Time.ToString("H:mm", CultureInfo.InvariantCulture);
        return Frequency switch
        {
            ScheduleFrequency.EveryWeekday => $"Every weekday (Monday to Friday) at {at}",
            ScheduleFrequency.EveryWeek => $"Every {Day} at {at}",
            ScheduleFrequency.EveryMonth => $"Every month on the {Ordinal(DayOfMonth)} at {at}",
            _ => $"Every day at {at}",
        };
    }

    /// <summary>1st, 2nd, 3rd, 4th ... 21st, 22nd, 31st.</summary>
    public static string Ordinal(int day) => day % 100 is 11 or 12 or 13 ? $"{day}th" : (day % 10) switch
    {
        1 => $"{day}st",
        2 => $"{day}nd",
        3 => $"{day}rd",
        _ => $"{day}th",
    };

    private static DayOfWeek? WeekDay(string field)
    {
        if (Whole(field, 0, 7, out var number))
        {
            return (DayOfWeek)(number % 7);
        }
        var index = Array.FindIndex(DayNames, name => name.Equals(field, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : (DayOfWeek)index;
    }

    /// <summary>A plain number written without leading zeros, so the cron written back is the cron read.</summary>
    private static bool Whole(string field, int min, int max, out int value) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max
        && value.ToString(CultureInfo.InvariantCulture) == field;
}
