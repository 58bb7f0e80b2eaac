using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Sqlite;

/// <summary>SQLite FTS5 over the passages (the table and its triggers come with the first migration), ranked with bm25.</summary>
public sealed class SqlitePassageSearch : IPassageSearch
{
    public async Task<IReadOnlyList<RankedPassage>> SearchAsync(AppDbContext db, IReadOnlyList<string> words, int limit, CancellationToken cancellationToken)
    {
        // Each word quoted and joined with OR: search text never becomes FTS5 syntax, and bm25 still ranks passages
        // that match more of the words first.
        var match = string.Join(" OR ", words.Select(w => $"\"{w}\""));
        return await db.Database.SqlQuery<RankedPassage>(
                $"""
                SELECT rowid AS Id, bm25(KnowledgeChunksFts) AS Rank
                FROM KnowledgeChunksFts
                WHERE KnowledgeChunksFts MATCH {match}
                ORDER BY Rank
                LIMIT {limit}
                """)
            .ToListAsync(cancellationToken);
    }
}
