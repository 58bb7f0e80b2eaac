using BenchmarkDotNet.Running;
using Workflows.Benchmarks.Runner;

namespace Workflows.Benchmarks;

/// <summary>
/// Engine:  dotnet run -c Release --project tests/Workflows.Benchmarks -- --filter '*'
/// Runner:  dotnet run -c Release --project tests/Workflows.Benchmarks -- runner [throughput] [latency] [timers]
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
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
