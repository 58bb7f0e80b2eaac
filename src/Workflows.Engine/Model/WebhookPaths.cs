using System.Text.RegularExpressions;

namespace Workflows.Engine.Model;

/// <summary>
/// The one rule for a webhook trigger's path, read by the validator, the editor's hint, the assistant's prompt and the
/// endpoint that serves it: <c>/webhooks/</c> and a name, e.g. <c>/webhooks/new-order</c>, as the user guide writes it.
/// </summary>
public static partial class WebhookPaths
{
    /// <summary>Where the app serves webhooks; every path starts with it.</summary>
    public const string Prefix = "/webhooks/";

    /// <summary>The user guide's example.</summary>
    public const string Example = Prefix + "new-order";

    /// <summary>The rule in words, for hints and messages.</summary>
    public const string Rule = $"{Prefix} followed by a name of letters, digits, - and _ (parts may be separated by /)";

    private static readonly string[] HookWords = ["webhooks", "webhook", "hooks", "hook"];

    public static bool IsValid(string? path) => path is not null && Shape().IsMatch(path);

    /// <summary>The valid path closest to what was written ("orders" or "/hooks/orders" gives "/webhooks/orders"), or null when none is near.</summary>
    public static string? Suggest(string? path)
    {
        var segments = (path ?? "").Trim().Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0 && HookWords.Contains(segments[0], StringComparer.OrdinalIgnoreCase))
        {
            segments.RemoveAt(0);
        }
        var candidate = Prefix + string.Join('/', segments);
        return IsValid(candidate) ? candidate : null;
    }

    // No dots, spaces or escapes: what is stored is exactly what a request's path reads, with nothing a server folds away.
    [GeneratedRegex("^" + Prefix + "[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
