using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai.Assistant;
using Workflows.Blazor.Ai.Evals;
using Workflows.Blazor.Cli;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Ai.Evals;

/// <summary>The eval set, its checks, and <c>eval assistant</c> against the fake OpenAI-compatible server.</summary>
public sealed class AssistantEvalTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wf-eval-").FullName;
    private readonly FakeOpenAiServer _server = new();
    private readonly AppFactory _app = new();

    private AssistantEvalRunner Runner => _app.Services.GetRequiredService<AssistantEvalRunner>();

    [Fact]
    public void EvalSet_HasAtLeastTwentyRequests_ThatNameOnlyRealStepTypesAndActions()
    {
        var cases = EvalCases.Load(Path.Combine(AppPaths.FindSettingsFolder(), EvalCases.DefaultFolder));

        Assert.True(cases.Count >= 20, $"{cases.Count} requests");
        Assert.All(cases, c => Assert.Null(Runner.FindMistake(c)));
        Assert.All(cases, c => Assert.Contains(StepTypes.Trigger, c.Expect.StepTypes));
    }

    [Fact]
    public void Check_FailsNoInventedActions_AndNamesThem_WhenTheWorkflowUsesAnUnknownAction()
    {
        var definition = WorkflowJson.Parse(AssistantAnswers.WithInventedAction);
        var proposal = new AssistantProposal(definition, _app.Services.GetRequiredService<WorkflowValidator>().Validate(definition), [], null);

        var checks = Runner.Check(new EvalExpectation { StepTypes = ["trigger", "action"], Actions = ["customer.get_by_id"] }, proposal);

        Assert.Equal([false, true, true, false], checks.Select(c => c.Passed));
        Assert.Contains("crm.magic_push", checks[3].Detail);
    }

    [Fact]
    public async Task EvalAssistant_PrintsTheScoreTable_AndExitsOne_WhenACheckFails()
    {
        Write("01-welcome", "Send a welcome email to new customers", ["trigger", "action"], ["customer_get", "email_send"]);
        Write("02-sms", "Text new customers a welcome", ["trigger", "action"], ["sms_send"]);
        _server.Script(FakeReply.Say(AssistantAnswers.Welcome), FakeReply.Say(AssistantAnswers.Welcome));

        var (exit, output, _) = await RunAsync("eval", "assistant", "--folder", _folder);

        Assert.Equal(ExitCodes.Failed, exit);
        var rows = output.Split('\n');
        Assert.Matches(@"^01-welcome\s+Send a welcome email to new customers\s+pass\s+pass\s+pass\s+pass\s+1\s+\d+\.\d s", rows.Single(r => r.StartsWith("01-welcome")));
        Assert.Matches(@"^02-sms\s+Text new customers a welcome\s+pass\s+pass\s+FAIL\s+pass\s+1", rows.Single(r => r.StartsWith("02-sms")));
        Assert.Contains("total: 1/2 requests pass every check (50%); checks 7/8; 2 attempts", output);
        Assert.Contains("02-sms: actions: missing: sms_send", output);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task EvalAssistant_ExitsZero_WhenEveryRequestPasses()
    {
        Write("01-welcome", "Send a welcome email to new customers", ["trigger", "action"], ["customer.get_by_id"]);
        _server.Script(FakeReply.Say(AssistantAnswers.Welcome));

        var (exit, output, _) = await RunAsync("eval", "assistant", "--folder", _folder);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("total: 1/1 requests pass every check (100%)", output);
    }

    [Fact]
    public async Task EvalAssistant_RefusesAnEvalFile_ThatExpectsAnActionThatDoesNotExist()
    {
        Write("01-typo", "Send a welcome email", ["trigger"], ["email_sned"]);

        var (exit, _, error) = await RunAsync("eval", "assistant", "--folder", _folder);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("01-typo expects the action 'email_sned'", error);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task EvalAssistant_SaysHowToConfigureAProvider_WhenNoneIsSet()
    {
        Write("01-welcome", "Send a welcome email to new customers", ["trigger"], []);

        var (exit, _, error) = await RunAsync(withProvider: false, "eval", "assistant", "--folder", _folder);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("No AI provider is configured", error);
    }

    private void Write(string id, string request, string[] stepTypes, string[] actions) =>
        File.WriteAllText(Path.Combine(_folder, $"{id}.json"), System.Text.Json.JsonSerializer.Serialize(new { request, expect = new { stepTypes, actions } }));

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunAsync(true, args);

    private async Task<(int Exit, string Output, string Error)> RunAsync(bool withProvider, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new Dictionary<string, string?> { ["Database:Path"] = Path.Combine(_folder, "cli.db"), ["Demo:Seed"] = "false" };
        if (withProvider)
        {
            settings["AI:Endpoint"] = _server.Endpoint;
            settings["AI:Model"] = FakeOpenAiServer.Model;
        }
        var exit = await CliApp.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
