using System.Globalization;
using Workflows.Blazor.Experiments;

namespace Workflows.Blazor.Api;

/// <summary>The <c>?from=&amp;to=</c> of a stats request (a workflow's, a journey's) as a <see cref="StatsPeriod"/>; a bad date is a 400 that says how to write one.</summary>
internal static class StatsPeriodQuery
{
    /// <summary>The period from the query: ISO dates or times; a date alone as <c>to</c> takes in that whole day.</summary>
    public static StatsPeriod Read(string? from, string? to)
    {
        var start = Moment(from, nameof(from), endOfDay: false);
        var end = Moment(to, nameof(to), endOfDay: true);
        if (start >= end)
        {
            throw AppException.Invalid($"from ({from}) is not before to ({to}); give the start of the period first.");
        }
        return new StatsPeriod(start, end);
    }

    private static DateTimeOffset? Moment(string? text, string name, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset((endOfDay ? day.AddDays(1) : day).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : throw AppException.Invalid($"{name} '{text}' is not a date; write e.g. 2026-11-01 or 2026-11-01T09:00:00Z.");
    }
}
