using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;
using Workflows.Engine.Journeys.Evals;
using static Workflows.Engine.Tests.Journeys.JourneyFixtures;

namespace Workflows.Engine.Tests.Journeys;

public sealed class JourneySimulatorTests
{
    public static TheoryData<string> Files() => [.. Directory.GetFiles(ScenarioFolder, "*.json").Select(Path.GetFileName).OfType<string>()];

    /// <summary>A model that answers from a script, one decision per call, then waits.</summary>
    private static Func<JourneyDefinition, JourneyLog, DateTimeOffset, CancellationToken, Task<SimulatedDecision>> Scripted(params Decision[] decisions)
    {
        var queue = new Queue<Decision>(decisions);
        return (_, _, _, _) => Task.FromResult(new SimulatedDecision(queue.Count > 0 ? queue.Dequeue() : Decision.Nothing("wait"), null));
    }

    private static JourneySimulator Simulator() => new(Validator());

    [Fact]
    public void Assets_HoldAtLeastFifteenScenarios_FromBothSeedExamples()
    {
        var names = Directory.GetFiles(ScenarioFolder, "*.json").Select(f => Scenario(Path.GetFileName(f)).Name).ToList();

        Assert.True(names.Count >= 15, $"only {names.Count} scenarios");
        Assert.Contains(names, n => n.StartsWith("promo-", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("post-purchase-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task EveryScenario_Parses_AndPlaysWithAModelThatWaits(string file)
    {
        var scenario = Scenario(file);

        var log = await Simulator().RunAsync(scenario, Scripted());

        Assert.Equal(scenario.Timeline.Count, log.Entries.Count(e => ContextEntryKinds.AsksForDecision(e.Kind)));
        Assert.Equal(scenario.Expectations.Count, ScenarioScorer.Score(scenario, log).Count);
        Assert.DoesNotContain(ScenarioScorer.Score(scenario, log), r => r.Detail.StartsWith("Unknown", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_FiresTheScheduledSms_OnTheVirtualClock_AndTheScenarioPasses()
    {
        var scenario = Scenario("promo-not-opened.json");
        var decision = new Decision("email now, SMS if not opened",
            [new DecidedAction("email_send", new JsonObject { ["subject"] = "Espresso", ["body"] = "Deal" }, "first touch")],
            [new ScheduleRequest("sms_send", new JsonObject { ["body"] = "Still interested?" }, null, "3 days", "not opened")], [], false);

        var log = await Simulator().RunAsync(scenario, Scripted(decision));
        var results = ScenarioScorer.Score(scenario, log);

        var sms = Assert.Single(log.Taken, e => e.Action == "sms_send");
        Assert.Equal(JourneySimulator.Start.AddDays(3), sms.At);
        Assert.All(results, r => Assert.True(r.Passed, $"{r.Expectation}: {r.Detail}"));
    }

    private static Decision RepeatingEmail(string after, Repeat repeat) => new("remind", [],
        [new ScheduleRequest("email_send", new JsonObject { ["subject"] = "Reminder", ["body"] = "Still thinking?" }, null, after, "remind") { Repeat = repeat }],
        [], false);

    [Fact]
    public async Task RunAsync_FiresEveryTimeOfARepeatingAction_UnderOneScheduledId()
    {
        var log = await Simulator().RunAsync(Scenario("promo-not-opened.json"), Scripted(RepeatingEmail("1 day", new Repeat(TimeSpan.FromDays(1), null, 3))));

        var taken = log.Taken.Where(e => e.Action == "email_send").ToList();
        Assert.Equal([1, 2, 3], taken.Select(e => (e.At - JourneySimulator.Start).TotalDays));
        Assert.All(taken, e => Assert.Equal("s1", e.ScheduledId));
    }

    [Fact]
    public async Task RunAsync_StopsARepeatingAction_WhenTheSimulatedPeriodEnds()
    {
        var scenario = Scenario("promo-not-opened.json");

        var log = await Simulator().RunAsync(scenario, Scripted(RepeatingEmail("6 days", new Repeat(TimeSpan.FromDays(4), null, 3))));

        Assert.Equal("10 days", scenario.Duration);
        Assert.Equal([6, 10], log.Taken.Where(e => e.Action == "email_send").Select(e => (e.At - JourneySimulator.Start).TotalDays));
    }

    [Fact]
    public async Task RunAsync_EndsARepeatingAction_WhenTheModelCancelsIt()
    {
        var stop = new Decision("enough", [], [], [new Cancellation("s1", "enough")], false);

        var log = await Simulator().RunAsync(Scenario("promo-not-opened.json"),
            Scripted(RepeatingEmail("1 day", new Repeat(TimeSpan.FromDays(1), null, 3)), Decision.Nothing("wait"), stop));

        Assert.Equal(2, log.Taken.Count(e => e.Action == "email_send"));
        Assert.Contains(log.Entries, e => e.Kind == ContextEntryKinds.ActionCancelled && e.ScheduledId == "s1");
    }

    [Fact]
    public async Task RunAsync_CancelsThePendingSms_WhenTheModelDecidesSoAfterThePurchase()
    {
        var scenario = Scenario("promo-bought-early.json");
        var first = new Decision("email now", [new DecidedAction("email_send", new JsonObject { ["subject"] = "s", ["body"] = "b" }, null)],
            [new ScheduleRequest("sms_send", new JsonObject { ["body"] = "b" }, null, "3 days", "not opened")], [], false);
        var bought = new Decision("bought", [], [], [new Cancellation("s1", "bought")], true);

        var log = await Simulator().RunAsync(scenario, Scripted(first, bought));

        Assert.Contains(log.Entries, e => e.Kind == ContextEntryKinds.ActionCancelled && e.ScheduledId == "s1");
        Assert.All(ScenarioScorer.Score(scenario, log), r => Assert.True(r.Passed, $"{r.Expectation}: {r.Detail}"));
    }

    [Fact]
    public async Task Score_FailsTheCap_NeverBecauseOfTheModel_SinceTheGuardrailsRefuseTheFourthEmail()
    {
        var scenario = Scenario("promo-never-responds.json");
        var spam = new Decision("spam", [],
            [.. Enumerable.Range(1, 6).Select(day => new ScheduleRequest("email_send", new JsonObject { ["subject"] = "s", ["body"] = "b" }, null, $"{day} days", "again"))],
            [], false);

        var log = await Simulator().RunAsync(scenario, Scripted(spam));
        var cap = ScenarioScorer.Score(scenario, log).Single(r => r.Expectation == "at most 3 emails");

        Assert.True(cap.Passed, cap.Detail);
        Assert.Contains(log.Entries, e => e.Kind == ContextEntryKinds.DecisionRefused);
    }

    [Fact]
    public async Task Score_ReportsWhatWasSeen_WhenAnExpectationFails()
    {
        var scenario = Scenario("promo-opened.json");

        var results = ScenarioScorer.Score(scenario, await Simulator().RunAsync(scenario, Scripted()));

        var first = results.First();
        Assert.False(first.Passed);
        Assert.Equal("promotional email right away", first.Expectation);
        Assert.Equal("ran 0× between 0 hours and 1 hour", first.Detail);
    }

    [Fact]
    public void PolicyVersion_ChangesWithThePolicy_AndNotOtherwise()
    {
        var scenario = Scenario("promo-opened.json");

        Assert.Equal(scenario.PolicyVersion, Scenario("promo-not-opened.json").PolicyVersion);
        Assert.NotEqual(scenario.PolicyVersion, (scenario with { Policy = scenario.Policy + " Be brief." }).PolicyVersion);
    }
}
