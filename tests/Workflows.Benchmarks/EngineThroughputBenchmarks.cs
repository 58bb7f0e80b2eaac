using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Runtime.Steps;

namespace Workflows.Benchmarks;

/// <summary>
/// In-memory engine throughput: the guide's Pattern 3 shape (a loop over 100 items with a condition and
/// set_variables in its body, 301 step runs) and a 10-step linear flow. One operation is one execution;
/// divide allocations by the step count for allocations per step.
/// </summary>
[MemoryDiagnoser]
public class EngineThroughputBenchmarks
{
    private WorkflowExecutor _executor = null!;
    private WorkflowDefinition _loopWorkflow = null!;
    private WorkflowDefinition _linearWorkflow = null!;
    private JsonObject _loopInput = null!;

    [GlobalSetup]
    public void Setup()
    {
        var actions = new ActionCatalog([new SetVariablesAction()]);
        IStepExecutor[] executors =
        [
            new TriggerStepExecutor(),
            new ConditionStepExecutor(),
            new LoopStepExecutor(),
            new ActionStepExecutor(actions),
        ];
        _executor = new WorkflowExecutor(executors, actions, TimeProvider.System, NoSecrets.Instance, new ExecutorOptions());
        _loopWorkflow = WorkflowJson.Parse(BenchmarkWorkflows.LoopWithCondition);
        _linearWorkflow = WorkflowJson.Parse(BenchmarkWorkflows.Linear(10));
        _loopInput = new JsonObject
        {
            ["customers"] = new JsonArray(Enumerable.Range(0, 100)
                .Select(i => (JsonNode)new JsonObject { ["_id"] = $"c{i}", ["name"] = $"Customer {i}", ["totalSpent"] = i * 25 })
                .ToArray()),
        };
    }

    [Benchmark(Description = "Pattern 3 shape: loop over 100 items (301 steps)")]
    public Task<ExecutionState> LoopOverHundredItems() => Run(_loopWorkflow, _loopInput);

    [Benchmark(Description = "10-step linear flow")]
    public Task<ExecutionState> LinearTenSteps() => Run(_linearWorkflow, new JsonObject { ["name"] = "Ada" });

    private Task<ExecutionState> Run(WorkflowDefinition workflow, JsonObject input)
    {
        var state = _executor.Start(workflow, new StartRequest { Input = input });
        return _executor.RunAsync(workflow, state, NullJournal.Instance);
    }
}
