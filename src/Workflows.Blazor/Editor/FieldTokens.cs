using System.Text.RegularExpressions;
using Workflows.Engine.Editing;

namespace Workflows.Blazor.Editor;

/// <summary>A field's text as people read it: its words, and each <c>{{path}}</c> it inserts named by its label ("Get customer › Email").</summary>
public static partial class FieldTokens
{
    // Values the run provides whatever the steps are: named by their path, never marked unknown.
    private static readonly string[] BuiltIns = ["secrets.", "executionId", "wfDefinitionId", "organizationId", "$now"];

    /// <summary>
    /// The text in pieces whose <see cref="FieldSegment.Tag"/>s join back to exactly the text; values no earlier step in
    /// <paramref name="data"/> provides are marked unknown (none are when there is no data to know them by).
    /// </summary>
    public static IReadOnlyList<FieldSegment> Segments(string text, IReadOnlyList<DataNode> data)
    {
        var segments = new List<FieldSegment>();
        var at = 0;
        foreach (Match tag in Tag().Matches(text))
        {
            if (tag.Index > at)
            {
                segments.Add(new FieldSegment(text[at..tag.Index]));
            }
            var path = tag.Groups["path"].Value;
            var label = DataTree.Describe(data, path);
            var builtIn = BuiltIns.Any(b => path.StartsWith(b, StringComparison.Ordinal));
            segments.Add(new FieldSegment(label ?? path, path) { Tag = tag.Value, Known = label is not null || builtIn || data.Count == 0 });
            at = tag.Index + tag.Length;
        }
        if (at < text.Length)
        {
            segments.Add(new FieldSegment(text[at..]));
        }
        return segments;
    }

    // A value tag; section tags ({{#each}}, {{/each}}, {{else}}) stay as words.
    [GeneratedRegex(@"\{\{\s*(?<path>[A-Za-z_$][^{}\s#/]*)\s*\}\}")]
    private static partial Regex Tag();
}
