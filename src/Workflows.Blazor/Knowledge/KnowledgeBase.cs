using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Knowledge;

/// <summary>
/// The knowledge base the LLM steps search: text cut into passages, ranked with SQLite FTS5's bm25.
/// This is the one place that knows about FTS5, so another database can bring its own search here.
/// </summary>
public sealed partial class KnowledgeBase(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
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
        var match = ToMatchExpression(query);
        if (match is null)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQueryRaw<KnowledgeHit>(
                """
                SELECT c.SourceId, c.Title, c.ChunkIndex, c.Text, bm25(KnowledgeChunksFts) AS Rank
                FROM KnowledgeChunksFts JOIN KnowledgeChunks c ON c.Id = KnowledgeChunksFts.rowid
                WHERE KnowledgeChunksFts MATCH @match
                ORDER BY Rank
                LIMIT @limit
                """,
                new SqliteParameter("@match", match), new SqliteParameter("@limit", Math.Clamp(limit, 1, 50)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Words of the query, each quoted, joined with OR: search text never becomes FTS5 syntax,
    /// and bm25 still ranks passages that match more of the words first.
    /// </summary>
    private static string? ToMatchExpression(string query)
    {
        var words = Word().Matches(query).Select(m => m.Value).Where(w => w.Length > 1).Distinct().Take(16).ToList();
        return words.Count == 0 ? null : string.Join(" OR ", words.Select(w => $"\"{w}\""));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
