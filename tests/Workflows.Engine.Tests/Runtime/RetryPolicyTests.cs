using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

public sealed class RetryPolicyTests
{
    private static WorkflowDefinition SendWithRetry(string retry) => Flow.Steps($$$"""
        [
          { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "send" } },
          { "stepSlug": "send", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "a@example.com", "subject": "s", "body": "b" }, "retry": {{{retry}}} },
            "nextSteps": { "success": "end", "error": "log_failure" } },
          { "stepSlug": "log_failure", "stepType": "action",
            "config": { "type": "set_variables", "parameters": { "failed": "{{steps.send.error}}" } },
            "nextSteps": { "success": "end", "error": "end" } }
        ]
        """);

    [Fact]
    public async Task Run_TriesAgainAtOnce_AndTakesTheErrorPortAfterTheLastTry_WhenThereIsNoBackoff()
    {
        var engine = new TestEngine();
        engine.Actions.EmailSend.FailWith = "mail server down";

        var state = await engine.RunAsync(SendWithRetry("""{ "count": 2, "backoff": "0 seconds" }"""));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Equal([1, 2, 3], engine.RecordsOf("send").Select(r => r.Attempt));
        Assert.All(engine.RecordsOf("send"), r => Assert.Equal(StepRecordStatus.Failed, r.Status));
        Assert.Equal("error", engine.RecordsOf("send")[^1].Port);
        Assert.Equal("mail server down", state.Variables["failed"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_GivesEachTryItsOwnIdempotencyKey()
    {
        var engine = new TestEngine();
        engine.Actions.EmailSend.FailWith = "mail server down";

        await engine.RunAsync(SendWithRetry("""{ "count": 1, "backoff": "0 seconds" }"""));

        Assert.Equal(["exec_1/send/-", "exec_1/send/-/attempt-2"], engine.Actions.EmailSend.Invocations.Select(i => i.IdempotencyKey));
    }

    [Fact]
    public async Task Run_WaitsDurablyWithDoublingBackoff_BetweenTries()
    {
        var engine = new TestEngine();
        engine.Actions.EmailSend.FailWith = "mail server down";
        var workflow = SendWithRetry("""{ "count": 2, "backoff": "10 seconds" }""");

        var state = await engine.RunAsync(workflow);
        Assert.Equal(ExecutionStatus.Waiting, state.Status);
        Assert.Equal(BookmarkKind.Retry, state.Bookmark!.Kind);
        Assert.Equal(TestEngine.StartTime.AddSeconds(10), state.Bookmark.DueAt);

        engine.Time.Advance(TimeSpan.FromSeconds(10));
        state = await engine.ResumeAsync(workflow, state, BookmarkResolution.DueTimeReached(state.Bookmark, engine.Time.GetUtcNow()));

        Assert.Equal(ExecutionStatus.Waiting, state.Status);
        Assert.Equal(TestEngine.StartTime.AddSeconds(30), state.Bookmark!.DueAt);
        Assert.Equal(2, engine.Actions.EmailSend.Invocations.Count);
    }

    [Fact]
    public async Task Run_ContinuesOnSuccess_WhenALaterTrySucceeds()
    {
        var engine = new TestEngine();
        engine.Actions.EmailSend.FailWith = "mail server down";
        var workflow = SendWithRetry("""{ "count": 3, "backoff": "1 minute" }""");
        var state = await engine.RunAsync(workflow);

        engine.Actions.EmailSend.FailWith = null;
        engine.Time.Advance(TimeSpan.FromMinutes(1));
        state = await engine.ResumeAsync(workflow, state, BookmarkResolution.DueTimeReached(state.Bookmark!, engine.Time.GetUtcNow()));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        var lastTry = engine.RecordsOf("send")[^1];
        Assert.Equal((StepRecordStatus.Completed, "success", 2), (lastTry.Status, lastTry.Port, lastTry.Attempt));
        Assert.Equal(1, state.Attempt);
        Assert.Empty(engine.RecordsOf("log_failure"));
    }
}
