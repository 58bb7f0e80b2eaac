namespace Workflows.Blazor.Editor;

/// <summary>The IANA time zones this machine knows ("Europe/Paris"), for the schedule builder.</summary>
public static class TimeZoneNames
{
    public const string Default = "UTC";

    private static readonly Lazy<IReadOnlyList<string>> Names = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Select(zone => zone.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Append(Default).Distinct().Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> All => Names.Value;

    /// <summary>Names containing every word of <paramref name="text"/> ("new york" finds America/New_York); all of them for no text.</summary>
    public static IEnumerable<string> Matching(string? text)
    {
        var words = (text ?? "").Split([' ', '_', '/'], StringSplitOptions.RemoveEmptyEntries);
        return All.Where(name => words.All(word => name.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }
}
