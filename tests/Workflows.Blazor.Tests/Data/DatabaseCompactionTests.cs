using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data.Sqlite;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Data;

/// <summary>The database file shrinks again once retention has deleted rows, instead of staying at its largest size.</summary>
public sealed class DatabaseCompactionTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task NewDatabase_IsCreatedWithIncrementalAutoVacuum_InWalMode()
    {
        _ = _app.Services;

        Assert.Equal(2, await DatabaseFile.CountAsync(_app.DatabasePath, "PRAGMA auto_vacuum"));
        Assert.Equal("wal", (await DatabaseFile.QueryAsync(_app.DatabasePath, "PRAGMA journal_mode", r => r.GetString(0))).Single());
    }

    [Fact]
    public async Task Compact_GivesTheSpaceOfDeletedRowsBack_AndTruncatesTheLog()
    {
        var compaction = _app.Services.GetRequiredService<DatabaseCompaction>();
        await DatabaseFile.ExecuteAsync(_app.DatabasePath, """
            CREATE TABLE Filler (Data BLOB);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO Filler SELECT randomblob(8000) FROM n;
            """);
        await compaction.CompactAsync();
        var full = new FileInfo(_app.DatabasePath).Length;
        await DatabaseFile.ExecuteAsync(_app.DatabasePath, "DROP TABLE Filler");

        var freed = await compaction.CompactAsync();

        Assert.True(freed > 2000, $"Only {freed} pages were free after dropping 16 MB.");
        Assert.Equal(0, await DatabaseFile.CountAsync(_app.DatabasePath, "PRAGMA freelist_count"));
        var compacted = new FileInfo(_app.DatabasePath).Length;
        Assert.True(compacted < full - 15_000_000, $"The file went from {full:N0} to only {compacted:N0} bytes.");
        Assert.True(new FileInfo(_app.DatabasePath + "-wal").Length < 1_000_000, "The write-ahead log kept the 16 MB it had held.");
    }

    public void Dispose() => _app.Dispose();
}
