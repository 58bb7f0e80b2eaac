using System.Collections.Concurrent;

namespace Workflows.Engine.Templating;

/// <summary>
/// A parsed template string: <c>{{path}}</c> variables and Mustache sections over literal text.
/// Parsing is cached because the same config strings are rendered for every run and loop item.
/// </summary>
public sealed class Template
{
    private const int MaxCachedTemplates = 10_000;
    private const int MaxCachedLength = 64 * 1024;
    private static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);

    private Template(IReadOnlyList<TemplateNode> nodes, bool isWholeValue)
    {
        Nodes = nodes;
        IsWholeValue = isWholeValue;
        IsHtml = AllNodes().Any(node => node is TextNode text && HtmlMarkup.HasTags(text.Text) || node is VariableNode { Raw: true });
    }

    public IReadOnlyList<TemplateNode> Nodes { get; }

    /// <summary>True when the text is exactly one <c>{{path}}</c>, which renders as the typed value rather than text.</summary>
    public bool IsWholeValue { get; }

    /// <summary>True when the text has no tags at all, so rendering returns it unchanged.</summary>
    public bool IsLiteral => Nodes.Count == 0 || (Nodes.Count == 1 && Nodes[0] is TextNode);

    /// <summary>
    /// True when the designer wrote HTML: the template's own text has HTML tags, or it inserts a value
    /// unescaped (<c>{{{value}}}</c>). Decided from the template alone, so data can never make a text message HTML.
    /// </summary>
    public bool IsHtml { get; }

    public static bool MayContainTags(string text) => text.Contains("{{", StringComparison.Ordinal);

    public static Template Parse(string text)
    {
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var nodes = TemplateParser.Parse(text);
        var isWholeValue = nodes.Count == 1 && nodes[0] is VariableNode { Path: not null }
            && text.StartsWith("{{", StringComparison.Ordinal) && text.EndsWith("}}", StringComparison.Ordinal);
        var template = new Template(nodes, isWholeValue);
        if (Cache.Count < MaxCachedTemplates && text.Length <= MaxCachedLength)
        {
            Cache.TryAdd(text, template);
        }
        return template;
    }

    /// <summary>The unescaped inserts (<c>{{{path}}}</c>, <c>{{&amp; path}}</c>); a null path is <c>{{{.}}}</c>.</summary>
    public IEnumerable<TemplatePath?> RawInserts() => AllNodes().OfType<VariableNode>().Where(v => v.Raw).Select(v => v.Path);

    /// <summary>Every path the template reads, sections and their contents included.</summary>
    public IEnumerable<(TemplatePath Path, bool InsideSection)> Paths() => Walk(Nodes, insideSection: false);

    /// <summary>
    /// Every path the template reads, each with the paths of the sections around it whose item its names are looked
    /// up on, outermost first. TestsAbsence marks an inverted section's path, which may be missing.
    /// </summary>
    public IEnumerable<(TemplatePath Path, IReadOnlyList<TemplatePath> Sections, bool TestsAbsence)> PathsInSections()
    {
        var pending = new Stack<(TemplateNode Node, IReadOnlyList<TemplatePath> Sections)>(Nodes.Reverse().Select(n => (n, (IReadOnlyList<TemplatePath>)[])));
        while (pending.TryPop(out var entry))
        {
            switch (entry.Node)
            {
                case VariableNode { Path: { } path }:
                    yield return (path, entry.Sections, false);
                    break;
                case SectionNode section:
                    yield return (section.Path, entry.Sections, section.Inverted);
                    IReadOnlyList<TemplatePath> inside = section.Inverted ? entry.Sections : [.. entry.Sections, section.Path];
                    foreach (var child in section.Children.Reverse())
                    {
                        pending.Push((child, inside));
                    }
                    break;
            }
        }
    }

    private IEnumerable<TemplateNode> AllNodes()
    {
        var pending = new Stack<TemplateNode>(Nodes.Reverse());
        while (pending.TryPop(out var node))
        {
            yield return node;
            if (node is SectionNode section)
            {
                foreach (var child in section.Children.Reverse())
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static IEnumerable<(TemplatePath, bool)> Walk(IEnumerable<TemplateNode> nodes, bool insideSection)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case VariableNode { Path: { } path }:
                    yield return (path, insideSection);
                    break;
                case SectionNode section:
                    yield return (section.Path, insideSection);
                    foreach (var inner in Walk(section.Children, insideSection: true))
                    {
                        yield return inner;
                    }
                    break;
            }
        }
    }
}
