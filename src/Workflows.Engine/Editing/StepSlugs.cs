using System.Text.RegularExpressions;

namespace Workflows.Engine.Editing;

/// <summary>Slugs for new steps: made from the title (<c>Send email</c> → <c>send_email</c>), the wanted one when free, else <c>send_email_2</c>, <c>send_email_3</c>, …</summary>
public static partial class StepSlugs
{
    private const int MaxLength = 40;

    /// <summary>A readable slug for a title: lower-case words joined by _, starting with a letter; <c>step</c> when the title has no letters or digits.</summary>
    public static string FromTitle(string title)
    {
        var letters = title.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && c is not '\'' and not '’');
        var words = NotSlugText().Split(new string([.. letters]).ToLowerInvariant()).Where(w => w.Length > 0);
        var slug = string.Join('_', words);
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('_');
        }
        return slug.Length == 0 ? "step" : char.IsAsciiLetter(slug[0]) ? slug : $"step_{slug}";
    }

    public static string Unique(string wanted, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(wanted))
        {
            return wanted;
        }
        var stem = NumberSuffix().Replace(wanted, "");
        for (var n = 2; ; n++)
        {
            var candidate = $"{stem}_{n}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NotSlugText();

    [GeneratedRegex(@"_\d+$")]
    private static partial Regex NumberSuffix();
}
