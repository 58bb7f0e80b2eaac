using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Workflows.Benchmarks.Editor;
using Workflows.Benchmarks.Executions;
using Workflows.Benchmarks.Experiments;
using Workflows.Benchmarks.Journeys;
using Workflows.Benchmarks.Peer;
using Workflows.Benchmarks.Runner;

namespace Workflows.Benchmarks;

/// <summary>
/// Runs every benchmark once at a tiny size, so the test suite notices a benchmark that no longer runs
/// (benchmarks are not run otherwise and rot silently). Numbers printed here mean nothing; success does.
/// BenchmarkDotNet classes are found by reflection; each method runs once in process.
/// </summary>
internal static class SmokeRun
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(2);

    /// <summary>Every benchmark on SQLite; with <paramref name="postgres"/>, those that measure PostgreSQL (tests/run.sh's PostgreSQL pass).</summary>
    public static async Task<int> RunAsync(bool postgres)
    {
        var benchmarks = postgres
            ? PostgresBenchmarks().ToList()
            : BenchmarkDotNetClasses()
                .Select(type => ($"{type.Name} (BenchmarkDotNet class, once)", (Func<Task>)(() => RunOnceAsync(type))))
                .Concat(ConsoleBenchmarks())
                .ToList();
        var failed = 0;
        foreach (var (name, run) in benchmarks)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await run().WaitAsync(TimeLimit);
                Console.WriteLine($"PASS {name} ({clock.Elapsed.TotalSeconds:F1} s)");
            }
            catch (Exception exception)
            {
                failed++;
                Console.WriteLine($"FAIL {name} ({clock.Elapsed.TotalSeconds:F1} s): {exception}");
            }
        }
        Console.WriteLine($"smoke-result passed={benchmarks.Count - failed} failed={failed}");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The console benchmarks of <see cref="BenchmarkProgram"/>, each at a size that takes seconds.</summary>
    private static IEnumerable<(string Name, Func<Task> Run)> ConsoleBenchmarks() =>
    [
        ("allocation per step", () => AllocationPerStep.RunAsync(runs: 20)),
        ("runner throughput", () => DurableThroughput.RunAsync(executions: 40, concurrency: 4, warmUp: 10, InstanceSetup.Sqlite)),
        ("runner start latency", () => StartLatency.RunAsync(runs: 5, warmUp: 2)),
        ("peer comparison with Node-RED", () => PeerComparison.RunAsync(TimeSpan.FromSeconds(1), connections: 2)),
        ("runner timer lateness", () => TimerLateness.RunAsync(pending: 40, due: 20, spread: TimeSpan.FromSeconds(1))),
        ("executions list", () => ExecutionListBenchmark.RunAsync(executions: 500, repeats: 1)),
        ("workflow stats", () => WorkflowStatsBenchmark.RunAsync(runs: 500, repeats: 1)),
        ("database size under retention", () => DatabaseSizeBenchmark.RunAsync(runs: 400, days: 4, retentionDays: 2)),
        ("journey decisions", () => JourneyDecisionBenchmark.RunAsync(contacts: 5, latency: TimeSpan.FromMilliseconds(10))),
        ("editor field commit and data picker open", () => FieldCommitBenchmark.RunAsync(steps: 12, edits: 2)),
        ("preview of a workflow", () => Preview.PreviewBenchmark.RunAsync(contacts: 20)),
        ("hostile inputs", () => Task.Run(() => HostileInputBenchmark.Run(cases: 2_000, seed: 1))),
    ];

    /// <summary>The benchmarks that need the PostgreSQL server <c>WORKFLOWS_TEST_POSTGRES</c> names.</summary>
    private static IEnumerable<(string Name, Func<Task> Run)> PostgresBenchmarks() =>
    [
        ("runner throughput on PostgreSQL, one instance", () => DurableThroughput.RunAsync(executions: 40, concurrency: 4, warmUp: 10, InstanceSetup.OnPostgres(1))),
        ("runner throughput on PostgreSQL, two instances", () => DurableThroughput.RunAsync(executions: 40, concurrency: 4, warmUp: 10, InstanceSetup.OnPostgres(2))),
        ("live updates across instances", () => CrossInstanceNews.RunAsync(changes: 3)),
    ];

    private static IEnumerable<Type> BenchmarkDotNetClasses() =>
        typeof(SmokeRun).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(type => type.Name, StringComparer.Ordinal);

    /// <summary>Setup, each benchmark method once, cleanup: what BenchmarkDotNet does, without its measuring loops.</summary>
    private static async Task RunOnceAsync(Type type)
    {
        var instance = Activator.CreateInstance(type)!;
        await InvokeAllAsync<GlobalSetupAttribute>(instance);
        try
        {
            await InvokeAllAsync<BenchmarkAttribute>(instance);
        }
        finally
        {
            await InvokeAllAsync<GlobalCleanupAttribute>(instance);
        }
    }

    private static async Task InvokeAllAsync<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(method => method.GetCustomAttribute<TAttribute>() is not null))
        {
            try
            {
                if (method.Invoke(instance, null) is Task task)
                {
                    await task;
                }
            }
            catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
            {
                throw new InvalidOperationException($"{method.Name} threw", wrapped.InnerException);
            }
        }
    }
}
