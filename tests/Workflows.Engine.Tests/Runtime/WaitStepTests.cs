using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

public sealed class WaitStepTests
{
    private static WorkflowDefinition WaitThenNote(string waitConfig) => Flow.Steps($$$"""
        [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "pause" } },
          { "stepSlug": "pause", "stepType": "wait", "config": {{{waitConfig}}}, "nextSteps": { "success": "note", "timeout": "gave_up" } },
          { "stepSlug": "note", "stepType": "action", "config": { "type": "set_variables", "parameters": { "resumed": "{{$now}}", "wait": "{{steps.pause.output}}" } } },
          { "stepSlug": "gave_up", "stepType": "action", "config": { "type": "set_variables", "parameters": { "gaveUp": true } } } ]
        """);

    [Theory]
    [InlineData("3 days", 3 * 24 * 3600)]
    [InlineData("PT8S", 8)]
    [InlineData("1 hour 30 minutes", 5400)]
    [InlineData("2w", 14 * 24 * 3600)]
    public async Task Run_SuspendsWithATimerBookmark_ForADuration(string duration, int seconds)
    {
        var engine = new TestEngine();

        var state = await engine.RunAsync(WaitThenNote($$"""{ "duration": "{{duration}}" }"""));

        Assert.Equal(ExecutionStatus.Waiting, state.Status);
        Assert.Equal("pause", state.CurrentStep);
        Assert.Equal(new Bookmark("pause", BookmarkKind.Timer) { DueAt = TestEngine.StartTime.AddSeconds(seconds), DuePort = "success" }, state.Bookmark);
        Assert.Equal(StepRecordStatus.Waiting, engine.Journal.Records[^1].Status);
    }

    [Fact]
    public async Task Run_SuspendsUntilTheGivenTime()
    {
        var state = await new TestEngine().RunAsync(WaitThenNote("""{ "until": "2026-12-01T09:00:00Z" }"""));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), state.Bookmark!.DueAt);
    }

    [Fact]
    public async Task Run_ReadsTheDurationFromATemplate()
    {
        var engine = new TestEngine();
        var definition = WaitThenNote("""{ "duration": "{{input.delay}}" }""");
        var executor = engine.Executor();
        var state = executor.Start(definition, new StartRequest { Input = new JsonObject { ["delay"] = "45 minutes" } });

        await executor.RunAsync(definition, state, engine.Journal);

        Assert.Equal(TestEngine.StartTime.AddMinutes(45), state.Bookmark!.DueAt);
    }

    [Theory]
    [InlineData("""{ "duration": "soonish" }""", "duration 'soonish' is not a duration")]
    [InlineData("""{ "until": "next tuesday" }""", "until 'next tuesday' is not a date")]
    [InlineData("""{ }""", "A wait needs a duration")]
    public async Task Run_FailsClearly_ForAWaitItCannotRead(string config, string message)
    {
        var state = await new TestEngine().RunAsync(WaitThenNote(config));

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Contains(message, state.Error);
    }

    [Fact]
    public async Task Resume_ContinuesOnSuccess_WhenTheTimerIsDue()
    {
        var engine = new TestEngine();
        var definition = WaitThenNote("""{ "duration": "3 days" }""");
        var waiting = await engine.RunAsync(definition);
        engine.Time.Advance(TimeSpan.FromDays(3));

        var state = await engine.ResumeAsync(definition, waiting, BookmarkResolution.DueTimeReached(waiting.Bookmark!, engine.Time.GetUtcNow()));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Null(state.Bookmark);
        Assert.Equal(TestEngine.StartTime.AddDays(3).ToString("O"), state.Variables["resumed"]!.GetValue<string>());
        Assert.False(state.Variables["wait"]!["timedOut"]!.GetValue<bool>());
        Assert.Equal(["start", "pause", "pause", "note"], engine.Journal.Records.Select(r => r.StepSlug));
    }

    [Fact]
    public async Task Run_SuspendsForAnEvent_WithItsTimeout()
    {
        var state = await new TestEngine().RunAsync(WaitThenNote("""{ "event": "email.opened", "timeout": "2 days" }"""));

        Assert.Equal(new Bookmark("pause", BookmarkKind.Event)
        {
            EventType = "email.opened",
            DueAt = TestEngine.StartTime.AddDays(2),
            DuePort = "timeout",
        }, state.Bookmark);
    }

    [Fact]
    public async Task Run_WaitsForAnEventWithoutDueTime_WhenThereIsNoTimeout()
    {
        var state = await new TestEngine().RunAsync(WaitThenNote("""{ "event": "email.opened" }"""));

        Assert.Equal(BookmarkKind.Event, state.Bookmark!.Kind);
        Assert.Null(state.Bookmark.DueAt);
    }

    [Fact]
    public async Task Resume_TakesTheTimeoutPort_WhenTheEventNeverArrives()
    {
        var engine = new TestEngine();
        var definition = WaitThenNote("""{ "event": "email.opened", "timeout": "2 days" }""");
        var waiting = await engine.RunAsync(definition);
        engine.Time.Advance(TimeSpan.FromDays(2));

        var state = await engine.ResumeAsync(definition, waiting, BookmarkResolution.DueTimeReached(waiting.Bookmark!, engine.Time.GetUtcNow()));

        Assert.True(state.Variables["gaveUp"]!.GetValue<bool>());
        Assert.Equal("timeout", state.Steps["pause"]!["port"]!.GetValue<string>());
        Assert.True(state.Steps["pause"]!["output"]!["timedOut"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Resume_TakesSuccessWithTheEvent_WhenTheEventArrives()
    {
        var engine = new TestEngine();
        var definition = WaitThenNote("""{ "event": "email.opened", "timeout": "2 days" }""");
        var waiting = await engine.RunAsync(definition);

        var state = await engine.ResumeAsync(definition, waiting, new BookmarkResolution("success", new JsonObject { ["openedAt"] = "today" }));

        Assert.Equal("today", state.Variables["wait"]!["openedAt"]!.GetValue<string>());
        Assert.Null(state.Variables["gaveUp"]);
    }

    [Fact]
    public async Task Resume_Throws_WhenTheRunIsNotWaiting()
    {
        var engine = new TestEngine();
        var definition = WaitThenNote("""{ "duration": "1 day" }""");
        var waiting = await engine.RunAsync(definition);
        var resolution = BookmarkResolution.DueTimeReached(waiting.Bookmark!, engine.Time.GetUtcNow());
        await engine.ResumeAsync(definition, waiting, resolution);

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.ResumeAsync(definition, waiting, resolution));
    }
}
