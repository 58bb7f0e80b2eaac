namespace Workflows.Blazor.Components.Shared;

/// <summary>How long something took, the way people read it: 840 ms, 12.4 s, 3 min, 2 h 5 min, 3 days.</summary>
public static class Durations
{
    public static string Describe(DateTimeOffset? start, DateTimeOffset? end) =>
        start is { } from && end is { } to ? Describe(to - from) : "—";

    public static string Describe(TimeSpan span) => span switch
    {
        { TotalSeconds: < 1 } => $"{span.TotalMilliseconds:0} ms",
        { TotalMinutes: < 1 } => $"{span.TotalSeconds:0.#} s",
        { TotalHours: < 1 } => $"{(int)span.TotalMinutes} min",
        { TotalDays: < 1 } => $"{(int)span.TotalHours} h {span.Minutes} min",
        _ => $"{span.TotalDays:0.#} days",
    };
}
