namespace Workflows.Engine.Model;

/// <summary>
/// Label text for Mermaid diagrams, written as Mermaid entity codes so names people type always draw as plain
/// text: never as markup (<c>&lt;b&gt;</c>, <c>&lt;img onerror&gt;</c>), never ending a label or an edge early.
/// </summary>
public static class MermaidLabel
{
    public static string Escape(string text) => text
        .Replace("#", "#35;", StringComparison.Ordinal) // first, so a typed "#lt;" is not decoded into markup
        .Replace("&", "#amp;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal)
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("|", "#124;", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
