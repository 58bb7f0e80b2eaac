using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data;

/// <summary>Creates the database folder, applies migrations and switches the file to WAL mode, before anything else runs.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<AppDbContext> contexts, DatabaseLocation location, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(location.Folder);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        logger.LogInformation("Database ready at {Path}", location.FilePath);
    }
}
