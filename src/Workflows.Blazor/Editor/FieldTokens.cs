using Workflows.Engine.Editing;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Editor;

/// <summary>The <c>{{paths}}</c> a field's text reads, each named as people read it ("Get customer › Email"), once each.</summary>
public static class FieldTokens
{
    public static IEnumerable<(string Path, string Label)> In(string text, IReadOnlyList<DataNode> data)
    {
        IEnumerable<string> paths;
        try
        {
            paths = [.. Template.Parse(text).Paths().Select(p => p.Path.Text).Distinct(StringComparer.Ordinal)];
        }
        catch (TemplateSyntaxException)
        {
            yield break;
        }
        foreach (var path in paths)
        {
            yield return (path, DataTree.Describe(data, path) ?? path);
        }
    }
}
