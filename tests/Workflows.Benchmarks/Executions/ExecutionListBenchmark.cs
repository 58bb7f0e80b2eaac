using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Benchmarks.Runner;
using Workflows.Blazor.Runner;
using Workflows.Engine.Runtime;

namespace Workflows.Benchmarks.Executions;

/// <summary>
/// The executions page's list query (<see cref="ExecutionQueries.ListAsync"/>, count and page of 25) over a real
/// SQLite file seeded with many executions, for the pages people open: the first, a deep one, a status, a search.
/// </summary>
internal static class ExecutionListBenchmark
{
    private const int PageSize = 25;
    private const double BudgetMs = 300;

    public static async Task RunAsync(int executions, int repeats)
    {
        await using var app = await BenchmarkApp.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var seeding = await ExecutionSeeder.SeedAsync(app.DatabasePath, executions, now);
        Console.WriteLine($"\n== Executions list: {executions:N0} executions ({executions * 3:N0} step records) seeded in {seeding.TotalSeconds:F1} s, "
            + $"database {new FileInfo(app.DatabasePath).Length / 1024 / 1024} MB; page size {PageSize}, {repeats} runs each, budget {BudgetMs} ms");

        var queries = app.Services.GetRequiredService<ExecutionQueries>();
        var deep = executions / 2 / PageSize * PageSize;
        (string Name, ExecutionFilter Filter, int Skip)[] cases =
        [
            ("first page", new ExecutionFilter(), 0),
            ($"deep page (page {deep / PageSize + 1})", new ExecutionFilter(), deep),
            ("status = failed, first page", new ExecutionFilter { Status = ExecutionStatus.Failed }, 0),
            ("status = failed, page 100", new ExecutionFilter { Status = ExecutionStatus.Failed }, 99 * PageSize),
            ("workflow + last 7 days", new ExecutionFilter { WorkflowId = "wf_3", Since = now.AddDays(-7) }, 0),
            ("search: text in the input", new ExecutionFilter { Search = ExecutionSeeder.SearchedEmail }, 0),
            ("search: a customer id", new ExecutionFilter { Search = "cust_04711" }, 0),
            ("search + status = failed", new ExecutionFilter { Search = "SKU-42", Status = ExecutionStatus.Failed }, 0),
            ("search in outputs too (opt-in)", new ExecutionFilter { Search = ExecutionSeeder.SearchedEmail, SearchOutputs = true }, 0),
        ];
        var over = 0;
        foreach (var (name, filter, skip) in cases)
        {
            var page = await queries.ListAsync(filter, skip, PageSize);
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                var clock = Stopwatch.StartNew();
                await queries.ListAsync(filter, skip, PageSize);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var result = new Percentiles(times);
            over += result[50] > BudgetMs ? 1 : 0;
            Console.WriteLine($"{name,-32} {page.Total,7:N0} matches  {result}{(result[50] > BudgetMs ? "  OVER BUDGET" : "")}");
        }
        Console.WriteLine(over == 0 ? "every page within budget" : $"{over} page(s) over the {BudgetMs} ms budget");
    }
}
