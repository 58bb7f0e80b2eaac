namespace Workflows.Engine.Templating;

/// <summary>
/// Turns template text into nodes without recursion, so no template can exhaust the stack: sections may nest
/// at most <see cref="MaxSectionDepth"/> deep. A <c>{{</c> with no closing <c>}}</c> is kept as literal text.
/// </summary>
internal static class TemplateParser
{
    public const int MaxSectionDepth = 32;

    public static List<TemplateNode> Parse(string text)
    {
        var root = new List<TemplateNode>();
        var open = new Stack<OpenSection>();
        var nodes = root;
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (start < 0 || !TryReadTag(text, start, out var tag, out var triple, out var end))
            {
                break;
            }
            if (start > position)
            {
                nodes.Add(new TextNode(text[position..start]));
            }
            position = end;
            if (tag.Length == 0)
            {
                throw new TemplateSyntaxException($"empty '{{{{}}}}' at column {start + 1}");
            }
            if (triple)
            {
                nodes.Add(Variable(tag, raw: true));
                continue;
            }
            switch (tag[0])
            {
                case '#' or '^':
                    if (open.Count == MaxSectionDepth)
                    {
                        throw new TemplateSyntaxException(
                            $"sections are nested more than {MaxSectionDepth} deep at column {start + 1}; a template may nest at most {MaxSectionDepth}");
                    }
                    var name = tag[1..].Trim();
                    var children = new List<TemplateNode>();
                    open.Push(new OpenSection(name, tag[0] == '^', nodes, children));
                    nodes = children;
                    break;
                case '/':
                    var closing = tag[1..].Trim();
                    if (!open.TryPeek(out var section) || section.Name != closing)
                    {
                        throw new TemplateSyntaxException(section is null
                            ? $"'{{{{/{closing}}}}}' at column {start + 1} closes a section that was never opened"
                            : $"'{{{{/{closing}}}}}' at column {start + 1} should close '{{{{#{section.Name}}}}}' first");
                    }
                    open.Pop();
                    section.Parent.Add(new SectionNode(TemplatePath.Parse(section.Name), section.Inverted, section.Children));
                    nodes = section.Parent;
                    break;
                case '!':
                    break;
                case '&':
                    nodes.Add(Variable(tag[1..].Trim(), raw: true));
                    break;
                default:
                    nodes.Add(Variable(tag, raw: false));
                    break;
            }
        }
        if (position < text.Length)
        {
            nodes.Add(new TextNode(text[position..]));
        }
        if (open.TryPeek(out var unclosed))
        {
            throw new TemplateSyntaxException($"section '{{{{#{unclosed.Name}}}}}' is never closed with '{{{{/{unclosed.Name}}}}}'");
        }
        return root;
    }

    /// <summary>Reads <c>{{tag}}</c> or <c>{{{tag}}}</c> starting at <paramref name="start"/>; false when it is never closed.</summary>
    private static bool TryReadTag(string text, int start, out string tag, out bool triple, out int end)
    {
        var close = text.IndexOf("}}", start + 2, StringComparison.Ordinal);
        triple = close > start + 2 && text[start + 2] == '{' && close + 2 < text.Length && text[close + 2] == '}';
        var contentStart = start + (triple ? 3 : 2);
        tag = close < 0 ? "" : text[contentStart..close].Trim();
        end = close < 0 ? -1 : close + (triple ? 3 : 2);
        return close >= 0;
    }

    private static VariableNode Variable(string tag, bool raw) =>
        tag.Length == 0 ? throw new TemplateSyntaxException("an unescaped insert needs a path, such as {{{input.html}}}")
        : new VariableNode(tag == "." ? null : TemplatePath.Parse(tag), raw);

    private sealed record OpenSection(string Name, bool Inverted, List<TemplateNode> Parent, List<TemplateNode> Children);
}
