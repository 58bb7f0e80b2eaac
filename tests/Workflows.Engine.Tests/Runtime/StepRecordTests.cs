using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

public sealed class StepRecordTests
{
    private const string Secret = "sk_live_abc123";

    private static TestEngine EngineWithSecret() =>
        new() { Secrets = new FixedSecrets(new Dictionary<string, string> { ["apiKey"] = Secret }) };

    private static ScriptedAction Echo(string name) =>
        new(new ActionDeclaration(name, "test", "echoes its parameters", []) { Effect = Effect.CallsOut, AcceptsAnyParameters = true }, call => call.Parameters.DeepClone());

    [Fact]
    public async Task Records_MaskSecrets_InInputAndOutput_ButTheActionGetsTheRealValue()
    {
        var engine = EngineWithSecret();
        var echo = Echo("http_call");
        engine.ExtraActions.Add(echo);
        var definition = Flow.Steps("""[ { "stepSlug": "call", "stepType": "action", "config": { "type": "http_call", "parameters": { "authorization": "Bearer {{secrets.apiKey}}" } } } ]""");

        await engine.RunAsync(definition);

        Assert.Equal("Bearer " + Secret, echo.Invocations[0].Parameters["authorization"]!.GetValue<string>());
        var record = Assert.Single(engine.Journal.Records);
        Assert.Equal($"Bearer {SecretMasker.Placeholder}", record.Input!["authorization"]!.GetValue<string>());
        Assert.Equal($"Bearer {SecretMasker.Placeholder}", record.Output!["authorization"]!.GetValue<string>());
        Assert.DoesNotContain(Secret, record.Input.ToJsonString() + record.Output.ToJsonString());
    }

    [Fact]
    public async Task Records_MaskSecrets_InErrors()
    {
        var engine = EngineWithSecret();
        engine.ExtraActions.Add(new ScriptedAction(new ActionDeclaration("leaky", "test", "fails loudly", []) { Effect = Effect.CallsOut },
            call => throw new StepFailedException($"401 for key {call.GetString("key")}")));
        var definition = Flow.Steps("""[ { "stepSlug": "call", "stepType": "action", "config": { "type": "leaky", "parameters": { "key": "{{secrets.apiKey}}" } } } ]""");

        var state = await engine.RunAsync(definition);

        Assert.Equal($"401 for key {SecretMasker.Placeholder}", state.Error);
        Assert.Equal(state.Error, Assert.Single(engine.Journal.Records).Error);
    }

    [Fact]
    public async Task Records_NumberEveryStepRunInOrder_AcrossLoopIterations()
    {
        var engine = new TestEngine();

        await engine.RunAsync(GuideWorkflows.Load("loop-email-each-customer.json"));

        Assert.Equal(Enumerable.Range(1, engine.Journal.Records.Count), engine.Journal.Records.Select(r => r.Sequence));
        Assert.Equal(
            ["get_customers:success:", "loop_customers:next:", "send_email:success:0", "loop_customers:next:0", "send_email:success:1", "loop_customers:done:1"],
            engine.Journal.Records.Select(r => $"{r.StepSlug}:{r.Port}:{r.LoopPath}"));
    }

    [Fact]
    public async Task Records_CarryTheExecutionStepTypeAndStartTime()
    {
        var engine = new TestEngine();

        await engine.RunAsync(GuideWorkflows.Load("welcome-email.json"), new JsonObject { ["customerId"] = "c" });

        Assert.All(engine.Journal.Records, r => Assert.Equal(("exec_1", TestEngine.StartTime, StepRecordStatus.Completed), (r.ExecutionId, r.StartedAt, r.Status)));
        Assert.Equal(["trigger", "action", "action"], engine.Journal.Records.Select(r => r.StepType));
    }

    [Fact]
    public async Task Records_KeepTheirOutput_WhenALaterIterationReplacesTheStepsResult()
    {
        var engine = new TestEngine();

        await engine.RunAsync(GuideWorkflows.Load("loop-email-each-customer.json"));

        Assert.Equal(["ada@example.com", "alan@gmail.com"], engine.RecordsOf("send_email").Select(r => r.Output!["to"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Records_CarryTheVariables_OnlyOnStepsThatChangedThem()
    {
        var engine = EngineWithSecret();
        engine.ExtraActions.Add(Echo("echo"));
        var definition = Flow.Steps("""
            [ { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "key": "{{secrets.apiKey}}", "n": 1 } },
                "nextSteps": { "success": "echo" } },
              { "stepSlug": "echo", "stepType": "action", "config": { "type": "echo", "parameters": { "n": "{{variables.n}}" } } } ]
            """);

        await engine.RunAsync(definition);

        Assert.Equal($$"""{"key":"{{SecretMasker.Placeholder}}","n":1}""", engine.Journal.Records[0].Variables?.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Null(engine.Journal.Records[1].Variables);
    }

    [Fact]
    public void Correct_ReplacesTheInputAndVariables_AndMarksTheVariablesForTheNextRecord()
    {
        var state = new ExecutionState { ExecutionId = "e1", WorkflowId = "wf", Input = new JsonObject { ["email"] = "taken@example.com" } };
        state.Variables["region"] = "south";

        state.Correct(new JsonObject { ["email"] = "free@example.com" }, new JsonObject { ["tier"] = "gold" });

        Assert.Equal("""{"email":"free@example.com"}""", state.Input!.ToJsonString());
        Assert.Equal("""{"tier":"gold"}""", state.Variables.ToJsonString());
        Assert.True(state.VariablesChanged);
    }

    [Fact]
    public void Correct_KeepsWhatIsNotGiven()
    {
        var state = new ExecutionState { ExecutionId = "e1", WorkflowId = "wf", Input = new JsonObject { ["email"] = "a@example.com" } };
        state.Variables["region"] = "south";

        state.Correct(input: null, variables: null);

        Assert.Equal("""{"email":"a@example.com"}""", state.Input!.ToJsonString());
        Assert.Equal("""{"region":"south"}""", state.Variables.ToJsonString());
        Assert.False(state.VariablesChanged);
    }
}
