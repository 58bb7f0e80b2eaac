namespace Workflows.Blazor.Components.Shared;

/// <summary>"3 minutes ago"-style times, which people read faster than timestamps.</summary>
public static class Ago
{
    public static string Describe(DateTimeOffset then, DateTimeOffset now)
    {
        var elapsed = now - then;
        return elapsed switch
        {
            { TotalSeconds: < 0 } => then.ToString("yyyy-MM-dd HH:mm"),
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => Plural((int)elapsed.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Plural((int)elapsed.TotalHours, "hour"),
            { TotalDays: < 30 } => Plural((int)elapsed.TotalDays, "day"),
            _ => then.ToString("yyyy-MM-dd"),
        };
    }

    private static string Plural(int count, string unit) => $"{count} {unit}{(count == 1 ? "" : "s")} ago";
}
