using System.Text;
using System.Text.RegularExpressions;

namespace Workflows.Engine.Expressions.Conditions;

/// <summary>A field's name in a marketer's words, from its path: <c>steps.get_customer.output.totalSpent</c> is "Total spent".</summary>
public static partial class FieldLabels
{
    public static string For(string path)
    {
        var names = IndexOrBraces().Replace(path, "").Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            return path;
        }
        var last = names[^1];
        if (last == "length" && names.Length > 1)
        {
            return "Number of " + Words(Meaningful(names[..^1])).ToLowerInvariant();
        }
        return Capitalise(Words(Meaningful(names)));
    }

    /// <summary>The last name that says something: <c>steps.check.output</c> is about "check", not "output".</summary>
    private static string Meaningful(string[] names) =>
        names.Length >= 3 && names[0] == "steps" && names[^1] is "output" or "error" ? names[1] : names[^1].TrimStart('$');

    private static string Words(string name)
    {
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '_' or '-')
            {
                words.Append(' ');
            }
            else if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }
        return words.ToString().Trim();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"\[[^\]]*\]|[{}]")]
    private static partial Regex IndexOrBraces();
}
