using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Knowledge;

/// <summary>
/// The knowledge base the LLM steps search: text cut into passages, found and ranked by the database's own
/// full-text search (<see cref="IPassageSearch"/>).
/// </summary>
public sealed partial class KnowledgeBase(IDbContextFactory<AppDbContext> contexts, IPassageSearch search, TimeProvider time)
{
    public async Task<int> AddTextAsync(string sourceId, string title, string text, CancellationToken cancellationToken = default)
    {
        var chunks = TextChunker.Split(text);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.KnowledgeChunks.Where(k => k.SourceId == sourceId).ExecuteDeleteAsync(cancellationToken);
        db.KnowledgeChunks.AddRange(chunks.Select((chunk, index) => new KnowledgeChunkEntity
        {
            SourceId = sourceId, Title = title, ChunkIndex = index, Text = chunk, CreatedAt = time.GetUtcNow(),
        }));
        await db.SaveChangesAsync(cancellationToken);
        return chunks.Count;
    }

    /// <summary>The texts in the knowledge base by title, a page at a time.</summary>
    public async Task<KnowledgeArticlePage> ListAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var openings = db.KnowledgeChunks.Where(k => k.ChunkIndex == 0);
        var total = await openings.CountAsync(cancellationToken);
        var articles = await openings.OrderBy(k => k.Title).ThenBy(k => k.SourceId)
            .Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 100))
            .Select(k => new KnowledgeArticle(k.SourceId, k.Title, k.Text, db.KnowledgeChunks.Count(c => c.SourceId == k.SourceId)))
            .ToListAsync(cancellationToken);
        return new KnowledgeArticlePage(articles, total);
    }

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var words = Word().Matches(query).Select(m => m.Value).Where(w => w.Length > 1).Distinct().Take(16).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ranked = await search.SearchAsync(db, words, Math.Clamp(limit, 1, 50), cancellationToken);
        var ids = ranked.Select(r => r.Id).ToList();
        var passages = await db.KnowledgeChunks.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        // A passage deleted between the two reads is simply left out.
        return [.. ranked.Where(r => passages.ContainsKey(r.Id)).Select(r => Hit(passages[r.Id], r.Rank))];
    }

    private static KnowledgeHit Hit(KnowledgeChunkEntity passage, double rank) =>
        new(passage.SourceId, passage.Title, passage.ChunkIndex, passage.Text, rank);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
