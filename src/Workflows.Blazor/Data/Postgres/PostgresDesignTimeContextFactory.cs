using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Workflows.Blazor.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add Name --context PostgresAppDbContext -o Data/Postgres/Migrations</c> build the model
/// without a server: adding a migration never connects.
/// </summary>
public sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
