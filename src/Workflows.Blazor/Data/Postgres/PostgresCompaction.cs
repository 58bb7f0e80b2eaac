namespace Workflows.Blazor.Data.Postgres;

/// <summary>PostgreSQL's autovacuum makes the space of deleted rows reusable by itself: there is nothing to ask for.</summary>
public sealed class PostgresCompaction : IDatabaseCompaction
{
    public Task<long> CompactAsync(CancellationToken cancellationToken = default) => Task.FromResult(0L);
}
