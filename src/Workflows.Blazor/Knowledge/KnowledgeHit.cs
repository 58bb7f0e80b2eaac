namespace Workflows.Blazor.Knowledge;

/// <summary>A passage found by a search, best first; a lower <see cref="Rank"/> is a better match (bm25).</summary>
public sealed record KnowledgeHit(string SourceId, string Title, int ChunkIndex, string Text, double Rank);
