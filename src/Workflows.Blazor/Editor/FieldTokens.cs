using System.Text.RegularExpressions;
using Workflows.Engine.Editing;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Editor;

/// <summary>A field's text as people read it: its words, and each <c>{{path}}</c> it inserts named by its label ("Get customer › Email").</summary>
public static partial class FieldTokens
{
    /// <summary>The text in pieces; empty when it inserts no value or its template does not parse (the validator says why).</summary>
    public static IReadOnlyList<FieldSegment> Segments(string text, IReadOnlyList<DataNode> data)
    {
        if (!Template.MayContainTags(text))
        {
            return [];
        }
        try
        {
            Template.Parse(text);
        }
        catch (TemplateSyntaxException)
        {
            return [];
        }
        var segments = new List<FieldSegment>();
        var at = 0;
        foreach (Match tag in Tag().Matches(text))
        {
            if (tag.Index > at)
            {
                segments.Add(new FieldSegment(text[at..tag.Index]));
            }
            var path = tag.Groups["path"].Value;
            segments.Add(new FieldSegment(DataTree.Describe(data, path) ?? path, path));
            at = tag.Index + tag.Length;
        }
        if (at < text.Length)
        {
            segments.Add(new FieldSegment(text[at..]));
        }
        return segments.Any(s => s.IsValue) ? segments : [];
    }

    // A value tag; section tags ({{#each}}, {{/each}}, {{else}}) stay as words.
    [GeneratedRegex(@"\{\{\s*(?<path>[A-Za-z_$][^{}\s#/]*)\s*\}\}")]
    private static partial Regex Tag();
}
