using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Operations.Backups;
using Workflows.Blazor.Operations.Status;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Operations;

/// <summary>
/// The System page's database size and the backup verbs on the provider this run chose (tests/run.sh runs this class
/// on both): SQLite backs its file up; on PostgreSQL the app points to pg_dump instead of failing on a missing file.
/// </summary>
public sealed class DatabaseOperationsTests : IDisposable
{
    private readonly AppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("wf-ops-").FullName;
    private static bool OnPostgres => Environment.GetEnvironmentVariable(PostgresTestDatabase.ServerVariable) is { Length: > 0 };

    [Fact]
    public void TheSystemPage_ShowsTheSizeOfTheDatabaseTheAppUses()
    {
        var bytes = _app.Services.GetRequiredService<SystemQueries>().Overview().DatabaseBytes;

        var atLeast = OnPostgres ? 1 : Math.Max(new FileInfo(_app.DatabasePath).Length, 1);
        Assert.InRange(bytes, atLeast, long.MaxValue);
    }

    [Fact]
    public async Task ABackup_IsAFileOnSqlite_AndAPointerToPgDumpOnPostgres()
    {
        var result = await _app.Services.GetRequiredService<DatabaseBackup>().CreateAsync(Path.Combine(_folder, "backup.zip"), null, CancellationToken.None);

        if (OnPostgres)
        {
            Assert.False(result.Succeeded);
            Assert.Contains("pg_dump", result.Error);
            Assert.False(File.Exists(result.File));
        }
        else
        {
            Assert.True(result.Succeeded, result.Error);
        }
    }

    [Fact]
    public void ARestore_SaysWhatIsWrong_OrToUsePgRestoreOnPostgres()
    {
        var error = Assert.Throws<BackupException>(() => _app.Services.GetRequiredService<DatabaseRestore>().Restore(Path.Combine(_folder, "missing.zip"), null));

        Assert.Contains(OnPostgres ? "pg_restore" : "There is no backup file", error.Message);
    }

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
