using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Postgres;

/// <summary>Hands out PostgreSQL's contexts to everything that asks for the app's context.</summary>
internal sealed class PostgresContextFactory(IDbContextFactory<PostgresAppDbContext> contexts) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => contexts.CreateDbContext();

    public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
