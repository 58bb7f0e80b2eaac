using BenchmarkDotNet.Running;
using Workflows.Benchmarks.Editor;
using Workflows.Benchmarks.Executions;
using Workflows.Benchmarks.Experiments;
using Workflows.Benchmarks.Journeys;
using Workflows.Benchmarks.Peer;
using Workflows.Benchmarks.Runner;

namespace Workflows.Benchmarks;

/// <summary>
/// Engine:  dotnet run -c Release --project tests/Workflows.Benchmarks -- --filter '*'
/// Runner:  dotnet run -c Release --project tests/Workflows.Benchmarks -- runner [throughput] [latency] [timers]
/// Runner throughput on PostgreSQL, one and two instances (WORKFLOWS_TEST_POSTGRES = a server's connection string):
///          dotnet run -c Release --project tests/Workflows.Benchmarks -- runner throughput-postgres
/// How soon one instance's page hears another's change, on PostgreSQL (same variable):  … -- runner news
/// Bytes allocated per step in memory:  dotnet run -c Release --project tests/Workflows.Benchmarks -- allocations [runs, default 2000]
/// Executions list:  dotnet run -c Release --project tests/Workflows.Benchmarks -- executions [count, default 100000]
/// Workflow stats (funnel and experiment):  dotnet run -c Release --project tests/Workflows.Benchmarks -- stats [runs, default 1000000]
/// Database size under a steady load with retention:  dotnet run -c Release --project tests/Workflows.Benchmarks -- database-size [runs, default 1000000] [days, default 30] [retention days, default 7]
/// Journey decisions:  dotnet run -c Release --project tests/Workflows.Benchmarks -- journeys [contacts, default 200] [model latency ms, default 500]
/// Editor field commit and data picker:  dotnet run -c Release --project tests/Workflows.Benchmarks -- editor [steps, default 200]
/// Against Node-RED (installed from npm into a temp folder) on the same flow:  dotnet run -c Release --project tests/Workflows.Benchmarks -- peer [seconds, default 10] [connections, default 16]
/// Preview (30 days, 10 steps, two waits):  dotnet run -c Release --project tests/Workflows.Benchmarks -- preview [contacts, default 1000]
/// Hostile inputs:  dotnet run -c Release --project tests/Workflows.Benchmarks -- hostile [cases, default 1000000] [seed]
/// Every benchmark once at a tiny size (the test suite does this):  dotnet run --project tests/Workflows.Benchmarks -- smoke
/// The PostgreSQL ones once at a tiny size (the suite's PostgreSQL pass):  dotnet run --project tests/Workflows.Benchmarks -- smoke postgres
/// (not top-level statements: the app's own <c>Program</c> is referenced here).
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["smoke"] or ["smoke", "postgres"])
        {
            Environment.ExitCode = await SmokeRun.RunAsync(postgres: args.Length == 2);
            return;
        }
        if (args is ["peer", .. var load])
        {
            var seconds = load.Length > 0 ? int.Parse(load[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
            var connections = load.Length > 1 ? int.Parse(load[1], System.Globalization.CultureInfo.InvariantCulture) : 16;
            await PeerComparison.RunAsync(TimeSpan.FromSeconds(seconds), connections);
            return;
        }
        if (args is ["runner", .. var which])
        {
            await RunnerBenchmarks.RunAsync(which);
            return;
        }
        if (args is ["allocations", .. var repeat])
        {
            await AllocationPerStep.RunAsync(repeat is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 2_000);
            return;
        }
        if (args is ["executions", .. var count])
        {
            await ExecutionListBenchmark.RunAsync(count is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 100_000, repeats: 20);
            return;
        }
        if (args is ["stats", .. var runs])
        {
            await WorkflowStatsBenchmark.RunAsync(runs is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 1_000_000, repeats: 10);
            return;
        }
        if (args is ["database-size", .. var steady])
        {
            await DatabaseSizeBenchmark.RunAsync(
                steady.Length > 0 ? int.Parse(steady[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
                steady.Length > 1 ? int.Parse(steady[1], System.Globalization.CultureInfo.InvariantCulture) : 30,
                steady.Length > 2 ? int.Parse(steady[2], System.Globalization.CultureInfo.InvariantCulture) : 7);
            return;
        }
        if (args is ["journeys", .. var options])
        {
            var contacts = options.Length > 0 ? int.Parse(options[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
            var latency = options.Length > 1 ? int.Parse(options[1], System.Globalization.CultureInfo.InvariantCulture) : 500;
            await JourneyDecisionBenchmark.RunAsync(contacts, TimeSpan.FromMilliseconds(latency));
            return;
        }
        if (args is ["editor", .. var size])
        {
            await FieldCommitBenchmark.RunAsync(size is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 200, edits: 30);
            return;
        }
        if (args is ["preview", .. var preview])
        {
            await Preview.PreviewBenchmark.RunAsync(preview is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 1_000);
            return;
        }
        if (args is ["hostile", .. var hostile])
        {
            HostileInputBenchmark.Run(
                hostile.Length > 0 ? int.Parse(hostile[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
                hostile.Length > 1 ? int.Parse(hostile[1], System.Globalization.CultureInfo.InvariantCulture) : Environment.TickCount);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
