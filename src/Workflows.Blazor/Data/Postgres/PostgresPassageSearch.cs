using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Postgres;

/// <summary>
/// PostgreSQL full-text search over the passages, with English stemming as SQLite's porter tokenizer does, served by
/// the GIN index on the same expression that the first PostgreSQL migration creates; ranked with ts_rank.
/// </summary>
public sealed class PostgresPassageSearch : IPassageSearch
{
    public async Task<IReadOnlyList<RankedPassage>> SearchAsync(AppDbContext db, IReadOnlyList<string> words, int limit, CancellationToken cancellationToken)
    {
        // Words hold letters and digits only, so joined with | they are a tsquery of alternatives and nothing else.
        var query = string.Join(" | ", words);
        return await db.Database.SqlQuery<RankedPassage>(
                $"""
                SELECT c."Id", -ts_rank(to_tsvector('english', c."Title" || ' ' || c."Text"), q)::float8 AS "Rank"
                FROM "KnowledgeChunks" c, to_tsquery('english', {query}) q
                WHERE to_tsvector('english', c."Title" || ' ' || c."Text") @@ q
                ORDER BY "Rank"
                LIMIT {limit}
                """)
            .ToListAsync(cancellationToken);
    }
}
