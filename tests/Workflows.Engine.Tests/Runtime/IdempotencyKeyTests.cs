using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

public sealed class IdempotencyKeyTests
{
    private static readonly Workflows.Engine.Model.WorkflowDefinition EmailEach = GuideWorkflows.Load("loop-email-each-customer.json");

    [Fact]
    public async Task Key_DiffersPerLoopIndex()
    {
        var engine = new TestEngine();

        await engine.RunAsync(EmailEach);

        Assert.Equal(["exec_1/send_email/0", "exec_1/send_email/1"], engine.Actions.EmailSend.Invocations.Select(i => i.IdempotencyKey));
    }

    [Fact]
    public async Task Key_IsTheSame_WhenAStepIsRerunFromItsStoredState()
    {
        var engine = new TestEngine();
        var executor = engine.Executor();
        var journal = new SnapshotJournal();
        await executor.RunAsync(EmailEach, executor.Start(EmailEach, new StartRequest { ExecutionId = "exec_7" }), journal);
        // The commit of the first email (the loop's move to item 1 has no side effect, so it is not committed on its own):
        // the state a crash during the second email leaves behind.
        var beforeSecondEmail = journal.Snapshots.First(s => SnapshotJournal.Restore(s).Steps.ContainsKey("send_email"));

        var rerun = new TestEngine();
        var restored = SnapshotJournal.Restore(beforeSecondEmail);
        var state = await rerun.Executor().RunAsync(EmailEach, restored, new InMemoryJournal());

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        var (first, again) = (engine.Actions.EmailSend.Invocations[1], Assert.Single(rerun.Actions.EmailSend.Invocations));
        Assert.Equal("exec_7/send_email/1", first.IdempotencyKey);
        Assert.Equal(first.IdempotencyKey, again.IdempotencyKey);
        Assert.True(JsonNode.DeepEquals(first.Parameters, again.Parameters));
    }

    [Fact]
    public async Task StoredState_RoundTripsThroughJson_WithLoopsVariablesAndBookmark()
    {
        var engine = new TestEngine();
        var journal = new SnapshotJournal();
        var definition = GuideWorkflows.Load("vip-offer-review.json");
        var executor = engine.Executor();
        var original = await executor.RunAsync(definition, executor.Start(definition, new StartRequest { Input = new JsonObject { ["customerId"] = "c" } }), journal);

        var restored = SnapshotJournal.Restore(journal.Snapshots[^1]);

        Assert.Equal(original.Bookmark! with { Payload = null }, restored.Bookmark! with { Payload = null });
        Assert.True(JsonNode.DeepEquals(original.Bookmark!.Payload, restored.Bookmark!.Payload));
        Assert.True(JsonNode.DeepEquals(original.Steps, restored.Steps));
        Assert.Equal((original.Status, original.CurrentStep, original.StepRuns), (restored.Status, restored.CurrentStep, restored.StepRuns));
    }
}
