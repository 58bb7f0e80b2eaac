using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Postgres;
using Workflows.Blazor.Knowledge;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Data;

/// <summary>
/// Database:Provider picks SQLite or PostgreSQL. The tests through the app run on whichever provider the run chose
/// (tests/run.sh runs this class on both), so each provider's migrations and search are exercised for real.
/// </summary>
public sealed class DatabaseProviderTests
{
    [Fact]
    public void PostgresMigrations_DescribeTheWholeModel()
    {
        using var db = new PostgresDesignTimeContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a PostgreSQL migration: add one with dotnet ef migrations add Name --context PostgresAppDbContext -o Data/Postgres/Migrations.");
    }

    [Fact]
    public void NoProvider_IsSqlite()
    {
        Assert.Equal(DatabaseProvider.Sqlite, Read([]).Provider);
    }

    [Fact]
    public void Postgres_NeedsAConnectionString()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(new() { ["Database:Provider"] = "postgres" }));

        Assert.Contains("Database:ConnectionString", error.Message);
    }

    [Fact]
    public void AnUnknownProvider_SaysWhichOnesThereAre()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(new() { ["Database:Provider"] = "Oracle" }));

        Assert.Contains("use Sqlite (the default) or Postgres", error.Message);
    }

    [Fact]
    public async Task TheApp_RunsOnTheProviderThisRunChose()
    {
        using var app = new AppFactory();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

        var expected = Environment.GetEnvironmentVariable(PostgresTestDatabase.ServerVariable) is { Length: > 0 }
            ? "Npgsql.EntityFrameworkCore.PostgreSQL"
            : "Microsoft.EntityFrameworkCore.Sqlite";
        Assert.Equal(expected, db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task KnowledgeSearch_FindsStemmedWords_AndRanksThePassageWithMoreOfThemFirst()
    {
        using var app = new AppFactory();
        var knowledge = app.Services.GetRequiredService<KnowledgeBase>();
        await knowledge.AddTextAsync("returns", "Returns policy", "Items can be returned within 30 days of delivery.");
        await knowledge.AddTextAsync("shipping", "Shipping", "Orders ship within two days; returned parcels are refunded on arrival.");
        await knowledge.AddTextAsync("gifts", "Gift wrapping", "We gift-wrap any order for free.");

        var hits = await knowledge.SearchAsync("how do I return items? (30 days)", 10);

        Assert.Equal(["returns", "shipping"], hits.Select(h => h.SourceId));
        Assert.True(hits[0].Rank < hits[1].Rank, "lower rank is better, as bm25 gives it");
        Assert.Empty(await knowledge.SearchAsync("\"OR* NEAR( -", 10));
    }

    private static DatabaseSettings Read(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return DatabaseSettings.Read(configuration, new DatabaseLocation(configuration));
    }
}
