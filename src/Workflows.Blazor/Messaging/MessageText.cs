using System.Text;

namespace Workflows.Blazor.Messaging;

/// <summary>
/// Cleans text that goes out in a message: control characters (and the invisible marks that reverse how
/// text reads) are removed, and a subject is kept to one line so no value can add a mail header.
/// </summary>
public static class MessageText
{
    /// <summary>A subject line: line breaks become spaces, other control characters are removed.</summary>
    public static string SingleLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t')
            {
                line.Append(' ');
            }
            else if (!IsInvisibleControl(c))
            {
                line.Append(c);
            }
        }
        return line.ToString().Trim();
    }

    /// <summary>A message's text: line breaks and tabs kept (CR LF as LF), other control characters removed.</summary>
    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\t' || !IsInvisibleControl(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    /// <summary>Control characters and the bidirectional marks that can make text read differently from what it is.</summary>
    public static bool IsInvisibleControl(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
