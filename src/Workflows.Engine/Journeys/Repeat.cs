using System.Text.Json.Nodes;
using Workflows.Engine.Common;

namespace Workflows.Engine.Journeys;

/// <summary>
/// How a scheduled action repeats (the journey note's "remind them every 5 minutes, no more than 3 times"): every
/// <see cref="Every"/> after its first time, until <see cref="Until"/> or <see cref="Times"/> times in all, whichever
/// comes first. One of the two bounds is required, so no series runs for ever.
/// </summary>
public sealed record Repeat(TimeSpan Every, DateTimeOffset? Until, int? Times)
{
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);

    public const int MostTimes = 100;

    /// <summary>When the next time of a series whose latest time was due at <paramref name="latestDue"/> is due; null once the series is over.</summary>
    public DateTimeOffset? Next(DateTimeOffset latestDue, int timesSoFar)
    {
        var next = latestDue + Every;
        return timesSoFar >= (Times ?? int.MaxValue) || (Until is { } until && next > until) ? null : next;
    }

    /// <summary>How many times in all a series that starts at <paramref name="first"/> runs.</summary>
    public int Count(DateTimeOffset first)
    {
        var untilAllows = Until is { } until ? Math.Floor(Math.Max(0, (until - first).Ticks) / (double)Every.Ticks) + 1 : double.MaxValue;
        return (int)Math.Min(Times ?? int.MaxValue, Math.Min(untilAllows, int.MaxValue));
    }

    /// <summary>What is wrong with this repeat for a series starting at <paramref name="first"/>, as a sentence the model can correct; null when nothing.</summary>
    public string? Problem(DateTimeOffset first) =>
        Every < Shortest ? $"'repeat.every' should be at least {Shortest.TotalMinutes:0} minute."
        : Until is null && Times is null ? "'repeat' needs 'times' (how many times in all) or 'until' (a date and time), so the series ends."
        : Times is < 1 ? "'repeat.times' should be at least 1."
        : Until is { } until && until < first ? $"'repeat.until' ({until:O}) is before the first time ({first:O})."
        : Count(first) > MostTimes ? $"The series would run {Count(first)} times; at most {MostTimes} are allowed, so give fewer 'times' or an earlier 'until'."
        : null;

    public JsonObject ToJson() => new()
    {
        ["every"] = DurationParser.Format(Every),
        ["until"] = Until?.ToString("O"),
        ["times"] = Times,
    };
}
