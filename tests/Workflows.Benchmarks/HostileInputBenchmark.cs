using System.Diagnostics;
using Workflows.Engine.Tests.Support;

namespace Workflows.Benchmarks;

/// <summary>
/// The fuzz test's hostile inputs at scale: runs many more cases than the test suite, on a fresh seed each time unless
/// one is given, and prints the seed, cases per second, the slowest case and any input that threw an unexpected error.
/// </summary>
internal static class HostileInputBenchmark
{
    public static void Run(int cases, int seed)
    {
        Console.WriteLine($"Hostile inputs: {cases:N0} cases, seed {seed}");
        var clock = Stopwatch.StartNew();
        HostileInputReport? report = null;
        // The same small stack as the test, so input-controlled recursion shows here as it would there.
        var thread = new Thread(() => report = new HostileInputs(seed).Run(cases), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        var elapsed = clock.Elapsed;
        Console.WriteLine($"{report!.Cases:N0} cases in {elapsed.TotalSeconds:F1} s: {report.Cases / elapsed.TotalSeconds:N0} cases/s");
        Console.WriteLine($"slowest: {report.Slowest.TotalMilliseconds:F0} ms ({report.SlowestCase})");
        Console.WriteLine($"unexpected errors: {report.Unexpected.Count}");
        foreach (var line in report.Unexpected.Take(20))
        {
            Console.WriteLine("  " + line);
        }
    }
}
