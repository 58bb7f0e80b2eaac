using System.Text.RegularExpressions;

namespace Workflows.Blazor.Components.Shared;

/// <summary>
/// The one place a stored status word ("at_risk", "timed out", "completed") becomes the words people
/// read on chips, filters and lists ("At risk", "Timed out", "Completed").
/// </summary>
public static partial class StatusText
{
    private static readonly HashSet<string> Acronyms = new(["vip", "sms", "api", "ai"], StringComparer.OrdinalIgnoreCase);

    public static string Label(string? status)
    {
        if (string.IsNullOrWhiteSpace(status))
        {
            return "";
        }
        if (Acronyms.Contains(status.Trim()))
        {
            return status.Trim().ToUpperInvariant();
        }
        var spaced = PascalBoundary().Replace(status.Trim(), " ");
        var words = spaced.Replace('_', ' ').Replace('-', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex PascalBoundary();
}
