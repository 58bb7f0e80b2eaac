using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Runtime.Steps;

namespace Workflows.Engine.Preview;

/// <summary>
/// Runs a workflow for contacts on a virtual clock over a period, with no side effects: actions that only read run for
/// real, the others are replaced by <see cref="WouldDoAction"/>s that record what they would do; waits move the clock and
/// end as the scenario says; LLM steps answer with their test outputs. Runs are kept in memory, never in the store.
/// </summary>
public sealed class WorkflowPreviewer
{
    private readonly ActionCatalog _actions;
    private readonly IStepExecutor[] _executors;
    private readonly ISecretResolver _secrets;
    private readonly ExecutorOptions _options;

    public WorkflowPreviewer(IEnumerable<IActionHandler> actions, ISecretResolver secrets, ExecutorOptions options)
    {
        var handlers = actions.ToList();
        _actions = new ActionCatalog(handlers);
        var preview = new ActionCatalog(handlers.Select(h => h.Declaration.Effect.HasSideEffect() ? new WouldDoAction(h.Declaration) : h));
        _executors =
        [
            new TriggerStepExecutor(), new ActionStepExecutor(preview), new ConditionStepExecutor(), new LoopStepExecutor(),
            new WaitStepExecutor(), new ApprovalStepExecutor(), new SplitStepExecutor(), new PreviewLlmStepExecutor(),
        ];
        _secrets = secrets;
        _options = options;
    }

    /// <summary>The timeline of each contact, in the order given.</summary>
    public async Task<IReadOnlyList<ContactTimeline>> PreviewAsync(
        WorkflowDefinition definition, IEnumerable<PreviewContact> contacts, PreviewPlan plan, CancellationToken cancellationToken = default)
    {
        var timelines = new List<ContactTimeline>();
        foreach (var contact in contacts)
        {
            timelines.Add(await PreviewAsync(definition, contact, plan, cancellationToken));
        }
        return timelines;
    }

    public async Task<ContactTimeline> PreviewAsync(
        WorkflowDefinition definition, PreviewContact contact, PreviewPlan plan, CancellationToken cancellationToken = default)
    {
        var clock = new VirtualClock(plan.Start);
        var executor = new WorkflowExecutor(_executors, _actions, clock, _secrets, _options);
        var journal = new InMemoryJournal();
        var timeline = new TimelineWriter(WorkflowGraph.For(definition), _actions, plan);
        var state = executor.Start(definition, new StartRequest
        {
            ExecutionId = $"preview-{contact.Id}",
            WorkflowId = "preview",
            Input = contact.Input,
            SubjectId = contact.Id,
            IsTest = true,
            TestOutputs = plan.Scenario.LlmOutputs,
        });
        state = await executor.RunAsync(definition, state, journal, cancellationToken);
        var seen = Write(timeline, journal, 0, waitEnd: null, state);
        while (state is { Status: ExecutionStatus.Waiting, Bookmark: { } bookmark }
            && ScenarioWaits.EndOf(bookmark, clock.GetUtcNow(), plan) is { } end && end.At <= plan.End)
        {
            clock.AdvanceTo(end.At);
            state = await executor.ResumeAsync(definition, state, end.Resolution, journal, cancellationToken);
            seen = Write(timeline, journal, seen, end, state);
        }
        return new ContactTimeline(contact.Id, timeline.Entries, timeline.Finish(state));
    }

    private static int Write(TimelineWriter timeline, InMemoryJournal journal, int seen, WaitEnd? waitEnd, ExecutionState state)
    {
        timeline.Add(journal.Records.Skip(seen), waitEnd, state.Bookmark);
        return journal.Records.Count;
    }
}
