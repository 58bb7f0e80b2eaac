using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Cli;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>The eval runner against the fake model: scripted decisions, a virtual clock, scores stored for the page.</summary>
public sealed class JourneyEvalRunnerTests(AiApp app) : IClassFixture<AiApp>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "evals", "journeys");

    private static JsonObject Sms(string after) => new()
    {
        ["action"] = "sms_send", ["parameters"] = new JsonObject { ["body"] = "Still interested?" }, ["after"] = after, ["reason"] = "not opened",
    };

    [Fact]
    public async Task RunAsync_ScoresAScenarioTheModelFollows_AsPassed_AndStoresItPerModelAndPolicyVersion()
    {
        var scenario = JourneyScenarioFiles.Load(Folder).Single(s => s.Name == "promo-not-opened");
        app.Server.Script(Decision(actNow: [Email("Espresso deal")], schedule: [Sms("3 days")]), Decision());
        var runner = app.Factory.Services.GetRequiredService<JourneyEvalRunner>();

        var report = await runner.RunAsync([scenario], trials: 1);

        var result = Assert.Single(report.Scenarios);
        Assert.True(result.PassHatK, string.Join("; ", result.Failures));
        Assert.Equal(1, report.PassRate);
        var stored = Assert.Single(await runner.HistoryAsync(), h => h.EvalId == report.EvalId);
        Assert.Equal(FakeOpenAiServer.Model, stored.Model);
        Assert.Equal(scenario.PolicyVersion, stored.Scenarios.Single().PolicyVersion);
    }

    [Fact]
    public async Task RunAsync_FailsTheTrial_WhenTheModelSendsTheSmsTooEarly_AndSaysWhichExpectation()
    {
        var scenario = JourneyScenarioFiles.Load(Folder).Single(s => s.Name == "promo-not-opened");
        app.Server.Script(Decision(actNow: [Email("Espresso deal")], schedule: [Sms("1 day")]), Decision(), Decision());
        var runner = app.Factory.Services.GetRequiredService<JourneyEvalRunner>();

        var report = await runner.RunAsync([scenario], trials: 1);

        var result = Assert.Single(report.Scenarios);
        Assert.False(result.PassHatK);
        Assert.Contains(result.Failures, f => f.Contains("nothing before 3 days have passed"));
        Assert.InRange(result.ExpectationScore, 0.5, 0.99);
    }

    [Fact]
    public async Task EvalJourneys_Cli_SaysHowToConfigureAModel_WhenNoneIsSet()
    {
        var folder = Directory.CreateTempSubdirectory("wf-eval-").FullName;
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CliApp.RunAsync(["eval", "journeys", "--folder", Folder, "--trials", "1"], output, error,
            new Dictionary<string, string?> { ["Database:Path"] = Path.Combine(folder, "cli.db"), ["AI:Endpoint"] = "", ["AI:ApiKey"] = "" });

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("Journeys cannot decide: No AI provider is configured yet.", error.ToString());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
