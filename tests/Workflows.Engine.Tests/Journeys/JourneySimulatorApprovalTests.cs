using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;
using Workflows.Engine.Journeys.Evals;
using static Workflows.Engine.Tests.Journeys.JourneyFixtures;

namespace Workflows.Engine.Tests.Journeys;

/// <summary>Scenarios whose reviewer rejects actions that need approval: the simulator cancels them as the app's runner does.</summary>
public sealed class JourneySimulatorApprovalTests
{
    /// <summary>A model that answers from a script, one decision per call, then waits; it counts the calls.</summary>
    private sealed class ScriptedModel(params Decision[] decisions)
    {
        private readonly Queue<Decision> _script = new(decisions);

        public int Calls { get; private set; }

        public Task<SimulatedDecision> DecideAsync(JourneyDefinition journey, JourneyLog log, DateTimeOffset now, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new SimulatedDecision(_script.Count > 0 ? _script.Dequeue() : Decision.Nothing("wait"), null));
        }
    }

    private static DecidedAction Discount() => new("sms_send", new JsonObject { ["body"] = "Your VIP code: 20OFF" }, "VIP discount");

    private static ScheduleRequest PromotionIn5Days() =>
        new("email_send", new JsonObject { ["subject"] = "New offer", ["body"] = "Look" }, null, "5 days", "promotion");

    private static Task<JourneyLog> PlayAsync(EvalScenario scenario, ScriptedModel model) =>
        new JourneySimulator(Validator()).RunAsync(scenario, model.DecideAsync);

    [Fact]
    public void Parse_ReadsApprovals_AsOneWordForAll_OrPerAction()
    {
        var all = Scenario("promo-sms-rejected.json").Approvals;
        var perAction = Scenario("post-purchase-vip-discount-rejected.json").Approvals;
        var unsaid = Scenario("promo-never-responds.json").Approvals;

        Assert.True(all.Rejects("sms_send"));
        Assert.True(all.Rejects("email_send"));
        Assert.True(perAction.Rejects("sms_send"));
        Assert.False(perAction.Rejects("email_send"));
        Assert.False(unsaid.Rejects("sms_send"));
    }

    [Theory]
    [InlineData("\"maybe\"", "not 'maybe'")]
    [InlineData("{ \"email_send\": \"rejected\" }", "answers approvals for email_send, which is not an allowed action that needs approval")]
    public void Parse_SaysWhatIsWrong_WithApprovals(string approvals, string message)
    {
        var json = File.ReadAllText(Path.Combine(ScenarioFolder, "promo-sms-rejected.json"))
            .Replace("\"approvals\": \"rejected\"", $"\"approvals\": {approvals}", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => EvalScenario.Parse(json));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task RunAsync_CancelsARejectedAction_AsTheRunnerDoes_AndAsksTheModelAgain()
    {
        var model = new ScriptedModel(new Decision("VIP: discount now", [Discount()], [PromotionIn5Days()], [], false));

        var log = await PlayAsync(Scenario("post-purchase-vip-discount-rejected.json"), model);

        var waiting = Assert.Single(log.Entries, e => e.Kind == ContextEntryKinds.ActionScheduled && e.Action == "sms_send");
        Assert.StartsWith("Waits for a reviewer's approval.", waiting.Data["reason"]!.GetValue<string>());
        var cancelled = Assert.Single(log.Entries, e => e.Kind == ContextEntryKinds.ActionCancelled);
        Assert.Equal(waiting.ScheduledId, cancelled.ScheduledId);
        Assert.Equal(JourneySimulator.Start, cancelled.At);
        Assert.Equal("A reviewer did not approve it (rejected).", cancelled.Data["reason"]!.GetValue<string>());
        Assert.DoesNotContain(log.Taken, e => e.Action == "sms_send");
        Assert.Equal(3, model.Calls);
    }

    [Fact]
    public async Task RunAsync_RunsAnActionThatNeedsApproval_OnceTheScenariosReviewerApproves()
    {
        var scenario = Scenario("post-purchase-vip-discount-rejected.json") with { Approvals = ScenarioApprovals.AllApproved };

        var log = await PlayAsync(scenario, new ScriptedModel(new Decision("VIP: discount now", [Discount()], [], [], false)));

        var sms = Assert.Single(log.Taken, e => e.Action == "sms_send");
        Assert.NotNull(sms.ScheduledId);
        Assert.DoesNotContain(log.Entries, e => e.Kind == ContextEntryKinds.ActionCancelled);
    }

    [Fact]
    public async Task RunAsync_RejectsAScheduledAction_WhenItFallsDue()
    {
        var later = new ScheduleRequest("sms_send", new JsonObject { ["body"] = "Still interested?" }, null, "3 days", "not opened");
        var model = new ScriptedModel(new Decision("email now, SMS later", [SendEmail()], [later], [], false));

        var log = await PlayAsync(Scenario("promo-sms-rejected.json"), model);

        var cancelled = Assert.Single(log.Entries, e => e.Kind == ContextEntryKinds.ActionCancelled);
        Assert.Equal("sms_send", cancelled.Action);
        Assert.Equal(JourneySimulator.Start.AddDays(3), cancelled.At);
        Assert.Single(log.Taken, e => e.Action == "email_send");
    }

    [Fact]
    public async Task Score_PassesTheVipScenario_WhenTheModelTakesNoForAnAnswer()
    {
        var scenario = Scenario("post-purchase-vip-discount-rejected.json");
        var model = new ScriptedModel(new Decision("VIP: discount now, promotion in 5 days", [Discount()], [PromotionIn5Days()], [], false));

        var results = ScenarioScorer.Score(scenario, await PlayAsync(scenario, model));

        Assert.All(results, r => Assert.True(r.Passed, $"{r.Expectation}: {r.Detail}"));
    }

    [Fact]
    public async Task Score_FailsTheVipScenario_WhenTheModelAsksForTheRejectedDiscountAgain()
    {
        var scenario = Scenario("post-purchase-vip-discount-rejected.json");
        var ask = new Decision("VIP: discount now", [Discount()], [], [], false);
        var model = new ScriptedModel(ask, new Decision("try again", [Discount()], [PromotionIn5Days()], [], false));

        var results = ScenarioScorer.Score(scenario, await PlayAsync(scenario, model));

        var retry = Assert.Single(results, r => !r.Passed);
        Assert.Equal("no new request for the discount after the rejection", retry.Expectation);
        Assert.Equal("asked 2×", retry.Detail);
        Assert.True(results.Single(r => r.Expectation == "the rejected discount is never sent").Passed);
    }
}
