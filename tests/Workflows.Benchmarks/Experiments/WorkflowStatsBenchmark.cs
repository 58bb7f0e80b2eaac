using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Benchmarks.Runner;
using Workflows.Blazor.Experiments;

namespace Workflows.Benchmarks.Experiments;

/// <summary>
/// A workflow's stats (<see cref="WorkflowStatsQueries.GetAsync"/>: runs per step and link, entered and converted per split
/// path) over a real SQLite file holding one experiment with many recorded runs, for all time and for the last 30 days, read
/// from the stats rollup after it has counted the seeded runs (that first count is timed on its own).
/// </summary>
internal static class WorkflowStatsBenchmark
{
    private const double BudgetMs = 300;

    public static async Task RunAsync(int runs, int repeats)
    {
        await using var app = await BenchmarkApp.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var seeding = await ExperimentSeeder.SeedAsync(app.DatabasePath, runs, now);
        Console.WriteLine($"\n== Workflow stats: {runs:N0} recorded runs seeded in {seeding.TotalSeconds:F1} s, "
            + $"database {new FileInfo(app.DatabasePath).Length / 1024 / 1024} MB; {repeats} runs each, budget {BudgetMs} ms");

        var folding = Stopwatch.StartNew();
        await app.Services.GetRequiredService<StatsRollup>().FoldAsync();
        Console.WriteLine($"stats rollup: every run counted in {folding.Elapsed.TotalSeconds:F1} s (once; afterwards each read counts only the new runs)");

        var stats = app.Services.GetRequiredService<WorkflowStatsQueries>();
        (string Name, StatsPeriod Period)[] cases = [("all time", StatsPeriod.All), ("last 30 days", new StatsPeriod(now.AddDays(-30), null))];
        var over = 0;
        foreach (var (name, period) in cases)
        {
            var report = await stats.GetAsync(ExperimentSeeder.WorkflowId, period);
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                var clock = Stopwatch.StartNew();
                await stats.GetAsync(ExperimentSeeder.WorkflowId, period);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var result = new Percentiles(times);
            over += result[50] > BudgetMs ? 1 : 0;
            var paths = string.Join(", ", report.Splits.SelectMany(s => s.Paths).Select(p => $"{p.Path} {p.Converted:N0}/{p.Entered:N0}"));
            Console.WriteLine($"{name,-14} {report.Runs,9:N0} runs ({paths})  {result}{(result[50] > BudgetMs ? "  OVER BUDGET" : "")}");
        }
        Console.WriteLine(over == 0 ? "stats within budget" : $"{over} case(s) over the {BudgetMs} ms budget");
    }
}
