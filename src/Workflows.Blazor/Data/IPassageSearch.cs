namespace Workflows.Blazor.Data;

/// <summary>
/// The database's own full-text search over the knowledge base's passages: each provider brings its index and
/// ranking, the knowledge base only asks for the best passages for some words.
/// </summary>
public interface IPassageSearch
{
    /// <summary>The passages matching any of <paramref name="words"/> (letters and digits only), best first.</summary>
    Task<IReadOnlyList<RankedPassage>> SearchAsync(AppDbContext db, IReadOnlyList<string> words, int limit, CancellationToken cancellationToken);
}

/// <summary>A passage's id and its rank: lower is better, as SQLite's bm25 gives it.</summary>
public sealed record RankedPassage(long Id, double Rank);
