using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Editing;

/// <summary>The fields of each item of a loop's list, when the list is a path to a list whose items are known.</summary>
public static class LoopItemFields
{
    /// <summary>Empty when the loop's list is not one path, or nothing declares what its items hold.</summary>
    public static IReadOnlyList<DataField> For(StepDefinition loop, WorkflowDefinition definition, ActionCatalog actions, IReadOnlyList<DataField> input)
    {
        if (loop.Config["items"] is not JsonValue value || !value.TryGetValue(out string? text) || WholePath(text) is not { } path)
        {
            return [];
        }
        var parts = path.Split('.');
        IReadOnlyList<DataField> fields;
        int start;
        if (parts[0] == "input")
        {
            (fields, start) = (input, 1);
        }
        else if (parts is ["steps", var slug, "output", ..] && definition.Steps.FirstOrDefault(s => s.Slug == slug) is { } source)
        {
            (fields, start) = (StepOutputShapes.For(source, actions), 3);
        }
        else
        {
            return [];
        }
        DataField? field = null;
        foreach (var part in parts[start..])
        {
            field = fields.FirstOrDefault(f => f.Name == part);
            if (field is null)
            {
                return [];
            }
            fields = field.Fields;
        }
        return field?.Type == DataType.List ? field.Fields : [];
    }

    /// <summary>The path of a text that is one <c>{{path}}</c> and nothing else.</summary>
    private static string? WholePath(string text)
    {
        try
        {
            var paths = Template.Parse(text.Trim()).Paths().ToList();
            var trimmed = text.Trim();
            return paths.Count == 1 && trimmed.StartsWith("{{", StringComparison.Ordinal) && trimmed.EndsWith("}}", StringComparison.Ordinal)
                && trimmed[2..^2].Trim() == paths[0].Path.Text ? paths[0].Path.Text : null;
        }
        catch (TemplateSyntaxException)
        {
            return null;
        }
    }
}
