namespace Workflows.Blazor.Knowledge;

/// <summary>One page of the knowledge base's texts, with how many there are in all.</summary>
public sealed record KnowledgeArticlePage(IReadOnlyList<KnowledgeArticle> Articles, int Total);
