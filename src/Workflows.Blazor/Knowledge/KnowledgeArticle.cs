namespace Workflows.Blazor.Knowledge;

/// <summary>A text in the knowledge base as listed: its title, its opening passage and how many passages it was cut into.</summary>
public sealed record KnowledgeArticle(string SourceId, string Title, string Opening, int Passages);
