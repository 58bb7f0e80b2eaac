using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workflows.Engine.Templating;

/// <summary>
/// JSON as people read and edit it, with "+", "&lt;", quotes, accents and emoji as themselves rather than
/// <c>\u002B</c>-style escapes. Razor escapes HTML when the text is shown, so nothing here needs escaping for markup.
/// </summary>
public static partial class ReadableJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions OneLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Indented over several lines, for viewers and multi-line editors.</summary>
    public static string Format(JsonNode? node) => node is null ? "null" : Unescape(node.ToJsonString(Indented));

    /// <summary>On one line, for text fields and values put into text.</summary>
    public static string Compact(JsonNode? node) => node is null ? "null" : Unescape(node.ToJsonString(OneLine));

    /// <summary>
    /// The relaxed encoder still writes characters outside the basic plane (emoji) as <c>\uXXXX</c> pairs. Those are
    /// written back as themselves; control and invisible formatting characters stay escaped so they remain visible.
    /// </summary>
    private static string Unescape(string json) => !json.Contains("\\u", StringComparison.Ordinal) ? json : UnicodeEscape().Replace(json, match =>
    {
        var character = (char)int.Parse(match.Groups["code"].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return Hidden(character) ? match.Value : match.Groups["slashes"].Value + character;
    });

    private static bool Hidden(char character) => char.IsControl(character) || CharUnicodeInfo.GetUnicodeCategory(character)
        is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>A <c>\uXXXX</c> escape, not a literal backslash (<c>\\</c>) followed by "u".</summary>
    [GeneratedRegex(@"(?<!\\)(?<slashes>(?:\\\\)*)\\u(?<code>[0-9A-Fa-f]{4})")]
    private static partial Regex UnicodeEscape();
}
