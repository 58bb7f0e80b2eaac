using System.Text.RegularExpressions;

namespace Workflows.Engine.Common;

/// <summary>Plain-English noun phrases for messages people read: "an approval step", "a system prompt", "an LLM step".</summary>
public static partial class Article
{
    /// <summary>The noun with "a" or "an" in front; acronyms are read letter by letter ("an LLM", "a URL").</summary>
    public static string With(string noun)
    {
        if (noun.Length == 0)
        {
            return noun;
        }
        var first = char.ToUpperInvariant(noun[0]);
        var acronym = noun.Split(' ')[0] is { Length: > 1 } word && word.All(char.IsUpper);
        var an = acronym ? "AEFHILMNORSX".Contains(first) : "AEIOU".Contains(first);
        return (an ? "an " : "a ") + noun;
    }

    /// <summary>A camelCase config key as words with an article ("systemPrompt" → "a system prompt"; plurals take none).</summary>
    public static string ForKey(string key)
    {
        var words = CamelBoundary().Replace(key, " ").ToLowerInvariant();
        return words.EndsWith('s') && !words.EndsWith("ss", StringComparison.Ordinal) ? words : With(words);
    }

    /// <summary>A phrase at the start of a sentence.</summary>
    public static string Capitalized(string phrase) => phrase.Length == 0 ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex CamelBoundary();
}
