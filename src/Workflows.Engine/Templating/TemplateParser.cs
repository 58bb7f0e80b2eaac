namespace Workflows.Engine.Templating;

/// <summary>Turns template text into nodes. A <c>{{</c> with no closing <c>}}</c> is kept as literal text.</summary>
internal static class TemplateParser
{
    public static List<TemplateNode> Parse(string text)
    {
        var position = 0;
        var nodes = ParseUntil(text, ref position, closingName: null);
        return nodes;
    }

    private static List<TemplateNode> ParseUntil(string text, ref int position, string? closingName)
    {
        var nodes = new List<TemplateNode>();
        while (position < text.Length)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (open < 0 || close < 0)
            {
                nodes.Add(new TextNode(text[position..]));
                position = text.Length;
                break;
            }
            if (open > position)
            {
                nodes.Add(new TextNode(text[position..open]));
            }
            var tag = text[(open + 2)..close].Trim();
            position = close + 2;

            if (tag.Length == 0)
            {
                throw new TemplateSyntaxException($"empty '{{{{}}}}' at column {open + 1}");
            }
            switch (tag[0])
            {
                case '#' or '^':
                    var name = tag[1..].Trim();
                    var children = ParseUntil(text, ref position, name);
                    nodes.Add(new SectionNode(TemplatePath.Parse(name), tag[0] == '^', children));
                    break;
                case '/':
                    var closing = tag[1..].Trim();
                    if (closing != closingName)
                    {
                        throw new TemplateSyntaxException(closingName is null
                            ? $"'{{{{/{closing}}}}}' at column {open + 1} closes a section that was never opened"
                            : $"'{{{{/{closing}}}}}' at column {open + 1} should close '{{{{#{closingName}}}}}' first");
                    }
                    return nodes;
                case '!':
                    break;
                default:
                    nodes.Add(new VariableNode(tag == "." ? null : TemplatePath.Parse(tag)));
                    break;
            }
        }
        if (closingName is not null)
        {
            throw new TemplateSyntaxException($"section '{{{{#{closingName}}}}}' is never closed with '{{{{/{closingName}}}}}'");
        }
        return nodes;
    }
}
