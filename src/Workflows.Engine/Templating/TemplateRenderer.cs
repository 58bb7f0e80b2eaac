using System.Text.Json.Nodes;
using Workflows.Engine.Common;

namespace Workflows.Engine.Templating;

/// <summary>
/// Renders template strings, and whole JSON values whose strings are templates. Every rendered string is
/// capped at <c>maxChars</c> characters (<see cref="WorkflowLimits.MaxRenderedChars"/>); passing it throws
/// <see cref="TemplateTooLargeException"/> before the text is built.
/// </summary>
public static class TemplateRenderer
{
    private static int DefaultMaxChars => WorkflowLimits.Default.MaxRenderedChars;

    /// <summary>
    /// Renders every string inside <paramref name="value"/>. The result is a new tree: a string that is
    /// exactly one <c>{{path}}</c> becomes a copy of the typed value it points to.
    /// </summary>
    public static JsonNode? Render(JsonNode? value, ITemplateScope scope, int? maxChars = null) => value switch
    {
        null => null,
        JsonObject obj => RenderObject(obj, scope, maxChars),
        JsonArray array => new JsonArray(array.Select(item => Render(item, scope, maxChars)).ToArray()),
        JsonValue v when v.TryGetValue(out string? text) => RenderValue(text, scope, maxChars),
        _ => value.DeepClone(),
    };

    /// <summary>A template as a typed value when it is exactly one <c>{{path}}</c>, otherwise as text.</summary>
    public static JsonNode? RenderValue(string text, ITemplateScope scope, int? maxChars = null)
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
        return JsonValue.Create(RenderText(template, scope, maxChars, html: false, recordsData: false).Finish());
    }

    public static string RenderString(string text, ITemplateScope scope, int? maxChars = null) =>
        Template.MayContainTags(text) ? RenderText(Template.Parse(text), scope, maxChars, html: false, recordsData: false).Finish() : text;

    /// <summary>
    /// A message people read. Its kind comes from the designer's template (<see cref="Template.IsHtml"/>):
    /// in an HTML message every <c>{{value}}</c> is HTML-escaped, <c>{{{value}}}</c> and <c>{{&amp; value}}</c>
    /// are inserted as they are, and a link address that data turned into anything but a web, email or
    /// relative address becomes <c>#</c>.
    /// </summary>
    public static RenderedMessage RenderMessage(string text, ITemplateScope scope, int? maxChars = null)
    {
        var template = Template.Parse(text);
        var output = RenderText(template, scope, maxChars, template.IsHtml, recordsData: true);
        var body = output.Finish();
        return new RenderedMessage(body, template.IsHtml, output.DataRanges);
    }

    /// <summary>A template rendered as HTML whatever it looks like: the escaping of <see cref="RenderMessage"/> for an HTML message.</summary>
    public static string RenderHtml(string text, ITemplateScope scope, int? maxChars = null) =>
        RenderText(Template.Parse(text), scope, maxChars, html: true, recordsData: false).Finish();

    private static JsonObject RenderObject(JsonObject obj, ITemplateScope scope, int? maxChars)
    {
        var result = new JsonObject();
        foreach (var (key, item) in obj)
        {
            result[key] = Render(item, scope, maxChars);
        }
        return result;
    }

    private static TemplateOutput RenderText(Template template, ITemplateScope scope, int? maxChars, bool html, bool recordsData)
    {
        var output = new TemplateOutput(maxChars ?? DefaultMaxChars, html, recordsData);
        Append(output, template.Nodes, scope);
        return output;
    }

    // Recurses once per section level, which the parser caps at TemplateParser.MaxSectionDepth.
    private static void Append(TemplateOutput output, IReadOnlyList<TemplateNode> nodes, ITemplateScope scope)
    {
        foreach (var node in nodes)
        {
            output.CountPiece();
            switch (node)
            {
                case TextNode literal:
                    output.Literal(literal.Text);
                    break;
                case VariableNode { Path: null } current:
                    output.Value(scope is SectionScope inside
                        ? JsonText.ToText(inside.Item)
                        : throw new TemplateSyntaxException("'{{.}}' only means something inside a {{#section}}"), current.Raw);
                    break;
                case VariableNode { Path: { } path } variable:
                    output.Value(JsonText.ToText(PathResolver.Resolve(path, scope)), variable.Raw);
                    break;
                case SectionNode section:
                    AppendSection(output, section, scope);
                    break;
            }
        }
    }

    private static void AppendSection(TemplateOutput output, SectionNode section, ITemplateScope scope)
    {
        // Mustache treats a missing section name as falsy, so {{^x}} can test for absence.
        PathResolver.TryResolve(section.Path, scope, out var value, out _);
        var truthy = JsonText.IsTruthy(value);
        if (section.Inverted)
        {
            if (!truthy)
            {
                Append(output, section.Children, scope);
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
                output.CountPiece();
                Append(output, section.Children, new SectionScope(item, scope));
            }
            return;
        }
        Append(output, section.Children, new SectionScope(value, scope));
    }
}
