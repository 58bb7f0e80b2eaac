using System.Diagnostics;

namespace Workflows.Benchmarks.Runner;

/// <summary>
/// Bytes the engine allocates per step in memory (no journal), on the two flows of <see cref="EngineThroughputBenchmarks"/>:
/// the 10-step linear flow and the loop over 100 items. Counts every thread's allocations over many runs after a warm-up,
/// divided by the step runs the runs made. BenchmarkDotNet's MemoryDiagnoser gives the same figure per run, slower.
/// </summary>
internal static class AllocationPerStep
{
    public static async Task RunAsync(int runs)
    {
        var engine = new EngineThroughputBenchmarks();
        engine.Setup();
        Console.WriteLine($"\n== Allocation per step, in memory, {runs} runs of each flow   (goal: ≤ 1,024 bytes)");
        await MeasureAsync("10-step linear flow", engine.LinearTenSteps, runs);
        await MeasureAsync("loop over 100 items", engine.LoopOverHundredItems, runs);
    }

    private static async Task MeasureAsync(string flow, Func<Task<Workflows.Engine.Runtime.ExecutionState>> run, int runs)
    {
        for (var i = 0; i < Math.Max(1, runs / 10); i++)
        {
            await run();
        }
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        long steps = 0;
        for (var i = 0; i < runs; i++)
        {
            steps += (await run()).StepRuns;
        }
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine($"{flow,-22} {bytes / (double)steps,8:N0} bytes/step   {steps / clock.Elapsed.TotalSeconds,10:N0} steps/s");
    }
}
