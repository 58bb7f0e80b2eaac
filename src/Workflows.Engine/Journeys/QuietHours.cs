using System.Text.Json.Serialization;

namespace Workflows.Engine.Journeys;

/// <summary>
/// A daily window, in a time zone, when an action must not run (e.g. 21:00–08:00 Europe/Berlin).
/// A window whose end is before its start spans midnight.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, string TimeZone)
{
    /// <summary>The zone <see cref="TimeZone"/> names; a journey stores and returns only the name.</summary>
    [JsonIgnore]
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool Contains(DateTimeOffset moment)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);
        return Start <= End ? local >= Start && local < End : local >= Start || local < End;
    }

    /// <summary>The moment itself when it is outside the window, otherwise the window's end.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset moment)
    {
        if (!Contains(moment))
        {
            return moment;
        }
        var local = TimeZoneInfo.ConvertTime(moment, Zone);
        var endToday = local.Date + End.ToTimeSpan();
        var end = endToday > local.DateTime ? endToday : endToday.AddDays(1);
        return new DateTimeOffset(end, Zone.GetUtcOffset(end)).ToUniversalTime();
    }

    /// <summary>The problem with the window as a sentence, or null when the time zone is known.</summary>
    public string? FindProblem()
    {
        try
        {
            _ = Zone;
            return Start == End ? "Quiet hours need a start and an end that differ." : null;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return $"'{TimeZone}' is not a time zone; use an IANA name such as Europe/Berlin or UTC.";
        }
    }
}
