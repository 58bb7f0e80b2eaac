namespace Workflows.Blazor.Data;

/// <summary>Gives the space of deleted rows back after retention, as far as the provider needs to be told.</summary>
public interface IDatabaseCompaction
{
    /// <summary>Returns how many pages were given back (0 where the database reclaims space by itself).</summary>
    Task<long> CompactAsync(CancellationToken cancellationToken = default);
}
