using System.Text.RegularExpressions;
using Workflows.Engine.Expressions.Conditions;

namespace Workflows.Engine.Editing;

/// <summary>
/// Text with <c>{{…}}</c> in a marketer's words, for places that show it rather than edit it:
/// "VIP offer for {{steps.get_customer.output.name}}" reads "VIP offer for Get customer › Name".
/// </summary>
public static partial class TemplateWording
{
    /// <summary>The text with each inserted path named by its label and section marks left out, on one line.</summary>
    public static string Plain(string text, IReadOnlyList<DataNode> data) =>
        Spaces().Replace(Tag().Replace(text, tag => tag.Groups["mark"].Value is "#" or "^" or "/" ? "" : Label(tag.Groups["path"].Value, data)), " ").Trim();

    /// <summary>
    /// A path as people read it: from the tree when it holds it ("Get customer › Name"); a field nobody declared is named
    /// under its step ("Get customer › Loyalty tier"); anything else by its last meaningful name.
    /// </summary>
    public static string Label(string path, IReadOnlyList<DataNode> data)
    {
        path = path.Trim();
        if (path is "." or "")
        {
            return "Item";
        }
        if (DataTree.Describe(data, path) is { } known)
        {
            return known;
        }
        var dot = path.LastIndexOf('.');
        return dot > 0 && DataTree.Describe(data, path[..dot]) is { } parent ? $"{parent} › {FieldLabels.For(path)}" : FieldLabels.For(path);
    }

    [GeneratedRegex(@"\{\{\{?\s*(?<mark>[#^/&]?)(?<path>[^{}]*?)\}?\}\}")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
