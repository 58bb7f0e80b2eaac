using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Cli;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Data.Postgres;
using Workflows.Blazor.Operations.PostgresCopy;
using Workflows.Blazor.Hosting;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Data;

/// <summary>
/// <c>migrate-to-postgres</c> copies a SQLite installation into an empty PostgreSQL database, whole. Its PostgreSQL
/// tests run in tests/run.sh's PostgreSQL pass (the trait keeps them out of the SQLite pass, where they could not run).
/// </summary>
[Trait("Needs", "Postgres")]
public sealed class MigrateToPostgresTests : IDisposable
{
    private static readonly JsonSerializerOptions RowJson = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-migrate-").FullName;

    private string SourceFile => Path.Combine(_folder, "workflows.db");

    [PostgresFact]
    public async Task ADemoInstallation_ArrivesWithEveryRow_AndItsSecretsStillOpen()
    {
        await CreateSourceAsync();
        using var target = PostgresTestDatabase.CreateIfChosen()!;

        var (exit, output, error) = await MigrateAsync(target.ConnectionString);

        Assert.True(exit == ExitCodes.Ok, error + output);
        await using var sqlite = Sqlite();
        await using var postgres = Postgres(target.ConnectionString);
        foreach (var table in TableCopyOrder.Of(postgres.Model))
        {
            var name = table.GetTableName()!;
            Assert.Equal((name, await CountAsync(sqlite, name)), (name, await CountAsync(postgres, name)));
            Assert.Contains($"  {name}: ", output);
        }
        Assert.True(await postgres.Workflows.AnyAsync() && await postgres.Customers.AnyAsync(), "the source has a workflow and the demo customers");
        Assert.Equal(Json(await sqlite.Workflows.AsNoTracking().OrderBy(w => w.Id).ToListAsync()), Json(await postgres.Workflows.AsNoTracking().OrderBy(w => w.Id).ToListAsync()));
        Assert.Equal(Json(await sqlite.Customers.AsNoTracking().OrderBy(c => c.Id).FirstAsync()), Json(await postgres.Customers.AsNoTracking().OrderBy(c => c.Id).FirstAsync()));
        await using var app = Services(new() { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = target.ConnectionString });
        Assert.Equal("crm-secret-value", await app.GetRequiredService<SecretQueries>().RevealAsync("crm_token"));
        await app.GetRequiredService<SecretCommands>().SetAsync("crm_token", "rotated", "tests"); // a new audit entry: its id sequence starts after the copied ones
        Assert.Equal(await CountAsync(sqlite, "AuditEntries") + 1, await CountAsync(postgres, "AuditEntries"));
    }

    [PostgresFact]
    public async Task ATargetThatHoldsData_IsRefused_InOneLine()
    {
        await CreateSourceAsync();
        using var target = await UsedTargetAsync();

        var (exit, _, error) = await MigrateAsync(target.ConnectionString);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.StartsWith("error: The PostgreSQL database is not empty", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [PostgresFact]
    public async Task ATargetOfAnOlderVersionThatHoldsData_IsRefused_AndLeftExactlyAsItWas()
    {
        await CreateSourceAsync();
        using var target = await UsedTargetAsync();
        await using var postgres = Postgres(target.ConnectionString);
        await postgres.GetService<IMigrator>().MigrateAsync(postgres.Database.GetMigrations().SkipLast(1).Last());
        var before = await SnapshotAsync(postgres);

        var (exit, _, error) = await MigrateAsync(target.ConnectionString);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.StartsWith("error: The PostgreSQL database is not empty", error);
        Assert.Equal(before, await SnapshotAsync(postgres));
    }

    [PostgresFact]
    public async Task TablesLongerThanABatch_ArriveWhole_CompositeKeysIncluded()
    {
        await CreateSourceAsync();
        await using (var sqlite = Sqlite())
        {
            var workflowId = await sqlite.Workflows.Select(w => w.Id).SingleAsync();
            var hour = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
            // Rows that share the key's first columns, so pages must also turn on its later ones.
            sqlite.StatsCounts.AddRange(
                from h in Enumerable.Range(0, 3)
                from step in new[] { "start", "send", "wait" }
                select new StatsCountEntity { WorkflowId = workflowId, Version = 1, Hour = hour.AddHours(h), Goal = "", StepSlug = step, Port = "next", Count = h + 1 });
            await sqlite.SaveChangesAsync();
        }
        using var target = PostgresTestDatabase.CreateIfChosen()!;
        var output = new StringWriter();

        var complete = await new SqliteToPostgresCopy(SourceFile, target.ConnectionString, output) { BatchSize = 2 }.RunAsync(CancellationToken.None);

        Assert.True(complete, output.ToString());
        await using var source = Sqlite();
        await using var postgres = Postgres(target.ConnectionString);
        Assert.Equal(9, await postgres.StatsCounts.CountAsync());
        Assert.Equal(Json(await StatsInKeyOrder(source).ToListAsync()), Json(await StatsInKeyOrder(postgres).ToListAsync()));
        Assert.True(await source.Customers.CountAsync() > 2, "the demo customers fill more than one batch");
        Assert.Equal(Json(await source.Customers.AsNoTracking().OrderBy(c => c.Id).ToListAsync()), Json(await postgres.Customers.AsNoTracking().OrderBy(c => c.Id).ToListAsync()));
    }

    [Fact]
    public async Task AMissingSource_IsRefused_InOneLine()
    {
        var (exit, _, error) = await MigrateAsync("Host=127.0.0.1;Port=1;Database=never_used");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Equal($"error: There is no SQLite database at {SourceFile}.", error.Trim());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task CreateSourceAsync()
    {
        await using var app = Services(new() { ["Database:Path"] = SourceFile });
        await app.GetRequiredService<DatabaseStartup>().PrepareAsync();
        await app.GetRequiredService<SecretCommands>().SetAsync("crm_token", "crm-secret-value", "tests");
        var workflows = app.GetRequiredService<WorkflowCommands>();
        var (id, _) = await workflows.CreateAsync("Welcome series", "tests");
        await workflows.PublishAsync(id, "tests");
    }

    /// <summary>A PostgreSQL database the app already ran on, so it holds rows.</summary>
    private static async Task<PostgresTestDatabase> UsedTargetAsync()
    {
        var target = PostgresTestDatabase.CreateIfChosen()!;
        await using var used = Services(new() { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = target.ConnectionString });
        await used.GetRequiredService<DatabaseStartup>().PrepareAsync();
        return target;
    }

    private async Task<(int Exit, string Output, string Error)> MigrateAsync(string connectionString)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(["migrate-to-postgres", "--from", SourceFile, "--to", connectionString], output, error,
            new Dictionary<string, string?> { ["Database:Path"] = Path.Combine(_folder, "cli.db") });
        return (exit, output.ToString(), error.ToString());
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddWorkflowsCore(configuration).BuildServiceProvider();
    }

    private AppDbContext Sqlite() => new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={SourceFile}").Options);

    private static PostgresAppDbContext Postgres(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options);

    private static Task<long> CountAsync(DbContext db, string table)
    {
        var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
        return db.Database.SqlQueryRaw<long>(sql).SingleAsync();
    }

    private static IQueryable<StatsCountEntity> StatsInKeyOrder(AppDbContext db) =>
        db.StatsCounts.AsNoTracking().OrderBy(c => c.WorkflowId).ThenBy(c => c.Version).ThenBy(c => c.Hour).ThenBy(c => c.Goal).ThenBy(c => c.StepSlug).ThenBy(c => c.Port);

    /// <summary>The database's schema, applied migrations and every table's row count, as one comparable text.</summary>
    private static async Task<string> SnapshotAsync(PostgresAppDbContext db)
    {
        var lines = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name || '.' || column_name || ' ' || data_type AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema()").ToListAsync();
        lines.AddRange(await db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\"").ToListAsync());
        foreach (var table in await db.Database.SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()").ToListAsync())
        {
            lines.Add($"{table}: {await CountAsync(db, table)} rows");
        }
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    private static string Json(object rows) => JsonSerializer.Serialize(rows, RowJson);
}
