namespace Workflows.Engine.Templating;

/// <summary>A piece of a parsed template.</summary>
public abstract record TemplateNode;

/// <summary>Literal text, copied as it is.</summary>
public sealed record TextNode(string Text) : TemplateNode;

/// <summary>
/// <c>{{path}}</c>; a null path is <c>{{.}}</c>, the current section item. <paramref name="Raw"/> marks
/// <c>{{{path}}}</c> and <c>{{&amp; path}}</c>, which an HTML message inserts without escaping.
/// </summary>
public sealed record VariableNode(TemplatePath? Path, bool Raw = false) : TemplateNode;

/// <summary><c>{{#path}}…{{/path}}</c> (or <c>{{^path}}</c> when inverted): repeated per item, shown when truthy, or when falsy if inverted.</summary>
public sealed record SectionNode(TemplatePath Path, bool Inverted, IReadOnlyList<TemplateNode> Children) : TemplateNode;
