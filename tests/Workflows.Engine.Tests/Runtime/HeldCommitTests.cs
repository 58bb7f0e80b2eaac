using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

/// <summary>Steps without a side effect are committed together with the next step that has one, or with the run's end.</summary>
public sealed class HeldCommitTests
{
    /// <summary>Trigger, set_variables and a condition (no side effect), an email (a side effect), then set_variables again.</summary>
    private static readonly WorkflowDefinition RememberCheckSend = Flow.Steps("""
        [
          { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "remember" } },
          { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "total": 250 } },
            "nextSteps": { "success": "is_big" } },
          { "stepSlug": "is_big", "stepType": "condition", "config": { "expression": "{{variables.total}} > 100" },
            "nextSteps": { "true": "send", "false": "end" } },
          { "stepSlug": "send", "stepType": "action", "config": { "type": "notify", "parameters": {} }, "nextSteps": { "success": "done", "error": "end" } },
          { "stepSlug": "done", "stepType": "action", "config": { "type": "set_variables", "parameters": { "sent": true } },
            "nextSteps": { "success": "end" } }
        ]
        """);

    private static TestEngine EngineWithNotify(Effect effect) => new()
    {
        ExtraActions = { new ScriptedAction(new ActionDeclaration("notify", "test", "notifies", []) { Effect = effect }, new JsonObject()) },
    };

    [Fact]
    public async Task Run_CommitsStepsWithoutSideEffects_WithTheNextStepThatHasOneAndWithTheEnd()
    {
        var engine = EngineWithNotify(Effect.SendsMessage);
        var journal = new CommitLog();
        var executor = engine.Executor();

        await executor.RunAsync(RememberCheckSend, executor.Start(RememberCheckSend, new StartRequest()), journal);

        Assert.Equal([["start", "remember", "is_big", "send"], ["done"]], journal.Commits.Select(c => c.Steps));
        Assert.Equal([ExecutionStatus.Running, ExecutionStatus.Completed], journal.Commits.Select(c => c.Status));
    }

    [Fact]
    public async Task Run_HoldsAReadLikeAnyStepWithoutSideEffect()
    {
        var engine = EngineWithNotify(Effect.ReadsData);
        var journal = new CommitLog();
        var executor = engine.Executor();

        await executor.RunAsync(RememberCheckSend, executor.Start(RememberCheckSend, new StartRequest()), journal);

        Assert.Equal([["start", "remember", "is_big", "send", "done"]], journal.Commits.Select(c => c.Steps));
    }

    [Fact]
    public async Task Run_CommitsALongLoopWithoutSideEffects_InBoundedBatches()
    {
        var loop = Flow.Steps("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "each" } },
              { "stepSlug": "each", "stepType": "loop", "config": { "items": "{{input.items}}" }, "nextSteps": { "next": "mark", "done": "end" } },
              { "stepSlug": "mark", "stepType": "action", "config": { "type": "set_variables", "parameters": { "last": "{{loop.index}}" } },
                "nextSteps": { "success": "each" } }
            ]
            """);
        var input = new JsonObject { ["items"] = new JsonArray([.. Enumerable.Range(0, 300).Select(i => (JsonNode)i)]) };
        var journal = new CommitLog();
        var executor = new TestEngine().Executor();

        var state = await executor.RunAsync(loop, executor.Start(loop, new StartRequest { Input = input }), journal);

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Equal(1 + 301 + 300, journal.Commits.Sum(c => c.Steps.Count));
        // The hold is full at its limit; the step that finds it full is committed with it.
        Assert.All(journal.Commits, c => Assert.InRange(c.Steps.Count, 0, RunJournal.MaxHeld + 1));
        Assert.Equal(3, journal.Commits.Count);
    }

    [Fact]
    public async Task RunAhead_StopsQueuedBeforeTheFirstStepWithASideEffect_InOneCommit()
    {
        var engine = EngineWithNotify(Effect.SendsMessage);
        var journal = new CommitLog();
        var executor = engine.Executor();

        var state = await executor.RunAheadAsync(RememberCheckSend, executor.Start(RememberCheckSend, new StartRequest()), journal);

        Assert.Equal((ExecutionStatus.Queued, "send"), (state.Status, state.CurrentStep));
        Assert.Equal([["start", "remember", "is_big"]], journal.Commits.Select(c => c.Steps));
        Assert.Empty(((ScriptedAction)engine.ExtraActions[0]).Invocations);
    }

    [Fact]
    public async Task RunAhead_CompletesARunWithoutSideEffects_InOneCommit()
    {
        var engine = EngineWithNotify(Effect.None);
        var journal = new CommitLog();
        var executor = engine.Executor();

        var state = await executor.RunAheadAsync(RememberCheckSend, executor.Start(RememberCheckSend, new StartRequest()), journal);

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        var commit = Assert.Single(journal.Commits);
        Assert.Equal(["start", "remember", "is_big", "send", "done"], commit.Steps);
        Assert.Equal(ExecutionStatus.Completed, commit.Status);
    }
}
