using BenchmarkDotNet.Running;
using Workflows.Benchmarks.Executions;
using Workflows.Benchmarks.Runner;

namespace Workflows.Benchmarks;

/// <summary>
/// Engine:  dotnet run -c Release --project tests/Workflows.Benchmarks -- --filter '*'
/// Runner:  dotnet run -c Release --project tests/Workflows.Benchmarks -- runner [throughput] [latency] [timers]
/// Executions list:  dotnet run -c Release --project tests/Workflows.Benchmarks -- executions [count, default 100000]
/// (not top-level statements: the app's own <c>Program</c> is referenced here).
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["runner", .. var which])
        {
            await RunnerBenchmarks.RunAsync(which);
            return;
        }
        if (args is ["executions", .. var count])
        {
            await ExecutionListBenchmark.RunAsync(count is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 100_000);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
