namespace Workflows.Blazor.Components.Shared;

/// <summary>What mermaid-diagram.js reports after drawing: drawn, or the parser's message.</summary>
public sealed record MermaidDrawing(bool Drawn, string? Error);
