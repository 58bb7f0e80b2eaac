using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

public sealed class ApprovalStepTests
{
    private static readonly JsonObject Input = new() { ["customerId"] = "cust_456" };

    private static async Task<(TestEngine Engine, ExecutionState State)> RunToApprovalAsync()
    {
        var engine = new TestEngine();
        return (engine, await engine.RunAsync(GuideWorkflows.Load("vip-offer-review.json"), Input));
    }

    [Fact]
    public async Task Run_SuspendsAtTheApproval_WithTheRenderedRequest()
    {
        var (_, state) = await RunToApprovalAsync();

        Assert.Equal(ExecutionStatus.Waiting, state.Status);
        var bookmark = state.Bookmark!;
        Assert.Equal(("review_vip_offer", BookmarkKind.Approval), (bookmark.StepSlug, bookmark.Kind));
        Assert.Equal("VIP offer for John Doe", bookmark.Payload!["title"]!.GetValue<string>());
        Assert.Equal(1500, bookmark.Payload["data"]!["customer"]!["totalSpent"]!.GetValue<double>());
        Assert.Equal("Reviewer", bookmark.Payload["assignee"]!.GetValue<string>());
        Assert.Equal(20, bookmark.Payload["fields"]![0]!["default"]!.GetValue<int>());
    }

    [Fact]
    public async Task Run_SetsTheApprovalsDueTimeAndTimeoutPort()
    {
        var (_, state) = await RunToApprovalAsync();

        Assert.Equal((TestEngine.StartTime.AddDays(2), "rejected"), (state.Bookmark!.DueAt, state.Bookmark.DuePort));
    }

    [Fact]
    public async Task Resume_SendsTheOfferWithTheReviewersValue_WhenApproved()
    {
        var (engine, waiting) = await RunToApprovalAsync();
        var decision = new JsonObject { ["decision"] = "approved", ["fields"] = new JsonObject { ["offerValue"] = 25 } };

        var state = await engine.ResumeAsync(GuideWorkflows.Load("vip-offer-review.json"), waiting, new BookmarkResolution("approved", decision));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        var email = Assert.Single(engine.Actions.EmailSend.Invocations).Parameters;
        Assert.Equal("Hi John Doe, enjoy 25% off your next order.", email["body"]!.GetValue<string>());
        Assert.Equal("approved", engine.RecordsOf("review_vip_offer")[^1].Port);
    }

    [Theory]
    [InlineData("rejected")]
    [InlineData("timeout")]
    public async Task Resume_SendsNothing_WhenNotApproved(string port)
    {
        var (engine, waiting) = await RunToApprovalAsync();

        var state = await engine.ResumeAsync(GuideWorkflows.Load("vip-offer-review.json"), waiting, new BookmarkResolution(port, new JsonObject { ["decision"] = port }));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Empty(engine.Actions.EmailSend.Invocations);
        Assert.Equal(port, state.Steps["review_vip_offer"]!["output"]!["decision"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("approve", "approved")]
    [InlineData("timeout", "timeout")]
    public async Task Run_MapsOnTimeoutToTheDuePort(string onTimeout, string port)
    {
        var definition = Flow.Steps($$"""[ { "stepSlug": "ask", "stepType": "approval", "config": { "title": "OK?", "dueIn": "PT1H", "onTimeout": "{{onTimeout}}" } } ]""");

        var state = await new TestEngine().RunAsync(definition);

        Assert.Equal((port, TestEngine.StartTime.AddHours(1)), (state.Bookmark!.DuePort, state.Bookmark.DueAt));
    }

    [Theory]
    [InlineData("""{ "title": "OK?", "dueIn": "whenever" }""", "dueIn 'whenever'")]
    [InlineData("""{ "title": "OK?", "onTimeout": "shrug" }""", "onTimeout 'shrug'")]
    public async Task Run_FailsClearly_ForAnApprovalItCannotSchedule(string config, string message)
    {
        var state = await new TestEngine().RunAsync(Flow.Steps($$"""[ { "stepSlug": "ask", "stepType": "approval", "config": {{config}} } ]"""));

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Contains(message, state.Error);
    }
}
