using BenchmarkDotNet.Attributes;
using Workflows.Engine.Layout;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;

namespace Workflows.Benchmarks;

/// <summary>The editor's auto-layout button on a large workflow: loops, conditions and error branches, 200 steps.</summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private WorkflowDefinition _workflow = null!;

    [GlobalSetup]
    public void Setup() => _workflow = GeneratedWorkflows.Branching(200);

    [Benchmark(Description = "Layered auto-layout, 200 steps")]
    public IReadOnlyDictionary<string, CanvasPosition> LayOutTwoHundredSteps() => LayeredLayout.Compute(_workflow);
}
