using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Editing;

/// <summary>Rewrites <c>{{steps.old…}}</c> in a config to <c>{{steps.new…}}</c> when steps get new slugs.</summary>
public static partial class StepReferences
{
    /// <summary>A copy of <paramref name="config"/> with every template reference to a renamed step pointing at its new slug.</summary>
    public static JsonObject Rename(JsonObject config, IReadOnlyDictionary<string, string> renames)
    {
        var copy = (JsonObject)config.DeepClone();
        var changes = ConfigStrings.In(copy, "config")
            .Where(s => Template.MayContainTags(s.Text))
            .Select(s => (s.Value, Text: StepInTag().Replace(s.Text, m => renames.GetValueOrDefault(m.Value, m.Value))))
            .ToList();
        foreach (var (value, text) in changes)
        {
            value.ReplaceWith(text);
        }
        return copy;
    }

    /// <summary>The slug after <c>steps.</c> inside a <c>{{…}}</c> tag.</summary>
    [GeneratedRegex(@"(?<=\{\{[^{}]*\bsteps\.)[^.\[\s{}]+")]
    private static partial Regex StepInTag();
}
