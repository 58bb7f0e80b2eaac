using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Workflows.Benchmarks.Runner;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Sqlite;
using Workflows.Blazor.Runner;

namespace Workflows.Benchmarks.Executions;

/// <summary>
/// The database file under a steady load with retention on: finished runs (three step records each) spread evenly
/// over the days, one day at a time; after each day the retention prune and the compaction run as the hourly job
/// runs them, and the file's size with its write-ahead log is taken. Reports the largest and the last size, bytes
/// per kept run, and how long the prune and compaction took.
/// </summary>
internal static class DatabaseSizeBenchmark
{
    public static async Task RunAsync(int runs, int days, int retentionDays)
    {
        // The app's own hourly job keeps everything; the prune measured here runs on the benchmark's clock.
        await using var app = await BenchmarkApp.StartAsync(new Dictionary<string, string> { ["Runner:RetentionDays"] = "0" });
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(-days).UtcDateTime.Date, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        var pruner = new ExecutionPruner(
            app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(),
            Options.Create(new RunnerOptions { RetentionDays = retentionDays }),
            clock,
            NullLogger<ExecutionPruner>.Instance);
        var compaction = app.Services.GetRequiredService<DatabaseCompaction>();
        var perDay = runs / days;
        Console.WriteLine($"\n== Database size: {perDay * days:N0} finished runs over {days} days ({perDay:N0} a day), retention {retentionDays} days");

        var random = new Random(11);
        long largest = 0, size = 0;
        var upkeep = new List<double>();
        for (var day = 0; day < days; day++)
        {
            await ExecutionSeeder.AddFinishedDayAsync(app.DatabasePath, random, day * perDay, perDay, start.AddDays(day));
            largest = Math.Max(largest, FileSize(app.DatabasePath));
            clock.SetUtcNow(start.AddDays(day + 1));
            var timer = Stopwatch.StartNew();
            await pruner.PruneAsync();
            await compaction.CompactAsync();
            upkeep.Add(timer.Elapsed.TotalMilliseconds);
            size = FileSize(app.DatabasePath);
            largest = Math.Max(largest, size);
        }
        var kept = await app.CountAsync("SELECT COUNT(*) FROM Executions");
        Console.WriteLine($"kept {kept:N0} runs; file at most {Megabytes(largest)}, at the end {Megabytes(size)} ({size / Math.Max(kept, 1):N0} bytes per kept run)");
        Console.WriteLine($"daily prune and compaction: {new Percentiles(upkeep)}");
    }

    private static long FileSize(string databasePath) =>
        SqliteFiles.WithCompanions(databasePath).Where(File.Exists).Sum(file => new FileInfo(file).Length);

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MB";
}
