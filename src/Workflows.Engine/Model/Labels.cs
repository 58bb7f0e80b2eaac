using System.Text.RegularExpressions;

namespace Workflows.Engine.Model;

/// <summary>Labels people read for names written for machines: <c>customerId</c> → "Customer ID", <c>max_results</c> → "Max results".</summary>
public static partial class Labels
{
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "ID", ["ids"] = "IDs", ["url"] = "URL", ["sms"] = "SMS", ["ai"] = "AI", ["crm"] = "CRM", ["http"] = "HTTP", ["imap"] = "IMAP",
        ["smtp"] = "SMTP", ["vip"] = "VIP", ["tls"] = "TLS",
    };

    public static string Humanize(string name)
    {
        var words = WordPattern().Matches(name).Select(m => Acronyms.GetValueOrDefault(m.Value) ?? m.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0)
        {
            return name;
        }
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }

    [GeneratedRegex("[A-Z]{2,}(?=[A-Z][a-z]|[0-9]|$)|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")]
    private static partial Regex WordPattern();
}
