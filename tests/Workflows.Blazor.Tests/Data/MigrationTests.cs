using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Tests.Data;

public sealed class MigrationTests
{
    private static AppDbContext Context(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);

    [Fact]
    public void Migrations_DescribeTheWholeModel()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = Context(connection);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: add one with dotnet ef migrations add.");
    }

    [Fact]
    public async Task Migrations_CreateTheKnowledgeSearchIndex_OnAnEmptyDatabase()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = Context(connection);

        await db.Database.MigrateAsync();

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('KnowledgeChunksFts', 'KnowledgeChunks_ai', 'KnowledgeChunks_ad', 'KnowledgeChunks_au')";
        Assert.Equal(4L, await command.ExecuteScalarAsync());
    }
}
