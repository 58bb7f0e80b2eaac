using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Runtime.Steps;

namespace Workflows.Engine.Tests.Support;

/// <summary>The engine as the host wires it, with a fake clock, the guide's scripted actions and a scripted LLM.</summary>
public sealed class TestEngine
{
    public static readonly DateTimeOffset StartTime = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(StartTime);

    public GuideActions Actions { get; } = new();

    public List<IActionHandler> ExtraActions { get; } = [];

    public ScriptedLlmExecutor Llm { get; } = new();

    public InMemoryJournal Journal { get; } = new();

    public ISecretResolver Secrets { get; init; } = NoSecrets.Instance;

    public ExecutorOptions Options { get; init; } = new();

    public ActionCatalog Catalog() => new(Actions.Handlers.Concat(ExtraActions));

    public WorkflowExecutor Executor()
    {
        IStepExecutor[] executors =
        [
            new TriggerStepExecutor(), new ActionStepExecutor(Catalog()), new ConditionStepExecutor(),
            new LoopStepExecutor(), new WaitStepExecutor(), new ApprovalStepExecutor(), new SplitStepExecutor(), Llm,
        ];
        return new WorkflowExecutor(executors, Catalog(), Time, Secrets, Options);
    }

    public async Task<ExecutionState> RunAsync(WorkflowDefinition definition, JsonNode? input = null, CancellationToken cancellationToken = default)
    {
        var executor = Executor();
        var state = executor.Start(definition, new StartRequest { ExecutionId = "exec_1", WorkflowId = "wf_1", Input = input });
        return await executor.RunAsync(definition, state, Journal, cancellationToken);
    }

    public Task<ExecutionState> ResumeAsync(WorkflowDefinition definition, ExecutionState state, BookmarkResolution resolution) =>
        Executor().ResumeAsync(definition, state, resolution, Journal);

    /// <summary>The records of one step, in the order it ran.</summary>
    public IReadOnlyList<StepRecord> RecordsOf(string slug) => Journal.Records.Where(r => r.StepSlug == slug).ToList();
}
