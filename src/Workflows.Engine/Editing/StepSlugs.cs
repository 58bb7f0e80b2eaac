using System.Text.RegularExpressions;

namespace Workflows.Engine.Editing;

/// <summary>Slugs for new steps: the wanted one when free, else <c>send_email_2</c>, <c>send_email_3</c>, …</summary>
public static partial class StepSlugs
{
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

    [GeneratedRegex(@"_\d+$")]
    private static partial Regex NumberSuffix();
}
