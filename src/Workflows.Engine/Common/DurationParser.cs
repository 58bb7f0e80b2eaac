using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Workflows.Engine.Common;

/// <summary>Reads durations as people write them ("30 seconds", "3 days", "1 hour 30 minutes", "2w") or as ISO 8601 ("PT8S").</summary>
public static partial class DurationParser
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        if (text.StartsWith('P') || text.StartsWith('p'))
        {
            try
            {
                duration = XmlConvert.ToTimeSpan(text.ToUpperInvariant());
                return duration >= TimeSpan.Zero;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        var matches = Part().Matches(text);
        if (matches.Count == 0 || Part().Replace(text, "").Trim(' ', ',').Replace("and", "").Trim().Length > 0)
        {
            return false;
        }
        foreach (Match match in matches)
        {
            var amount = double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
            if (UnitOf(match.Groups["unit"].Value.ToLowerInvariant()) is not { } unit)
            {
                return false;
            }
            duration += unit * amount;
        }
        return true;
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not a duration; write e.g. \"30 seconds\", \"3 days\", \"2 weeks\" or \"PT8S\".");

    /// <summary>A whole number of days, hours or minutes as people write it and <see cref="TryParse"/> reads it back: "3 days", "12 hours".</summary>
    public static string Format(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays % 1 == 0 ? $"{span.TotalDays:0} days"
        : span.TotalHours >= 1 && span.TotalHours % 1 == 0 ? $"{span.TotalHours:0} hours"
        : $"{span.TotalMinutes:0} minutes";

    private static TimeSpan? UnitOf(string unit) => unit switch
    {
        "ms" or "millisecond" or "milliseconds" => TimeSpan.FromMilliseconds(1),
        "s" or "sec" or "secs" or "second" or "seconds" => TimeSpan.FromSeconds(1),
        "m" or "min" or "mins" or "minute" or "minutes" => TimeSpan.FromMinutes(1),
        "h" or "hr" or "hrs" or "hour" or "hours" => TimeSpan.FromHours(1),
        "d" or "day" or "days" => TimeSpan.FromDays(1),
        "w" or "wk" or "wks" or "week" or "weeks" => TimeSpan.FromDays(7),
        _ => null,
    };

    [GeneratedRegex(@"(?<amount>\d+(\.\d+)?)\s*(?<unit>[a-zA-Z]+)")]
    private static partial Regex Part();
}
