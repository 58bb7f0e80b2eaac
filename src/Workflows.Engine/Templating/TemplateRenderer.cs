using System.Text;
using System.Text.Json.Nodes;

namespace Workflows.Engine.Templating;

/// <summary>Renders template strings, and whole JSON values whose strings are templates.</summary>
public static class TemplateRenderer
{
    /// <summary>
    /// Renders every string inside <paramref name="value"/>. The result is a new tree: a string that is
    /// exactly one <c>{{path}}</c> becomes a copy of the typed value it points to.
    /// </summary>
    public static JsonNode? Render(JsonNode? value, ITemplateScope scope) => value switch
    {
        null => null,
        JsonObject obj => RenderObject(obj, scope),
        JsonArray array => new JsonArray(array.Select(item => Render(item, scope)).ToArray()),
        JsonValue v when v.TryGetValue(out string? text) => RenderValue(text, scope),
        _ => value.DeepClone(),
    };

    /// <summary>A template as a typed value when it is exactly one <c>{{path}}</c>, otherwise as text.</summary>
    public static JsonNode? RenderValue(string text, ITemplateScope scope)
    {
        if (!Template.MayContainTags(text))
        {
            return JsonValue.Create(text);
        }
        var template = Template.Parse(text);
        if (template.IsWholeValue)
        {
            var path = ((VariableNode)template.Nodes[0]).Path!;
            return PathResolver.Resolve(path, scope)?.DeepClone();
        }
        return JsonValue.Create(RenderText(template, scope));
    }

    public static string RenderString(string text, ITemplateScope scope) =>
        Template.MayContainTags(text) ? RenderText(Template.Parse(text), scope) : text;

    private static JsonObject RenderObject(JsonObject obj, ITemplateScope scope)
    {
        var result = new JsonObject();
        foreach (var (key, item) in obj)
        {
            result[key] = Render(item, scope);
        }
        return result;
    }

    private static string RenderText(Template template, ITemplateScope scope)
    {
        var text = new StringBuilder();
        Append(text, template.Nodes, scope);
        return text.ToString();
    }

    private static void Append(StringBuilder text, IReadOnlyList<TemplateNode> nodes, ITemplateScope scope)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode literal:
                    text.Append(literal.Text);
                    break;
                case VariableNode { Path: null }:
                    text.Append(scope is SectionScope current
                        ? JsonText.ToText(current.Item)
                        : throw new TemplateSyntaxException("'{{.}}' only means something inside a {{#section}}"));
                    break;
                case VariableNode { Path: { } path }:
                    text.Append(JsonText.ToText(PathResolver.Resolve(path, scope)));
                    break;
                case SectionNode section:
                    AppendSection(text, section, scope);
                    break;
            }
        }
    }

    private static void AppendSection(StringBuilder text, SectionNode section, ITemplateScope scope)
    {
        // Mustache treats a missing section name as falsy, so {{^x}} can test for absence.
        PathResolver.TryResolve(section.Path, scope, out var value, out _);
        var truthy = JsonText.IsTruthy(value);
        if (section.Inverted)
        {
            if (!truthy)
            {
                Append(text, section.Children, scope);
            }
            return;
        }
        if (!truthy)
        {
            return;
        }
        if (value is JsonArray items)
        {
            foreach (var item in items)
            {
                Append(text, section.Children, new SectionScope(item, scope));
            }
            return;
        }
        Append(text, section.Children, new SectionScope(value, scope));
    }
}
