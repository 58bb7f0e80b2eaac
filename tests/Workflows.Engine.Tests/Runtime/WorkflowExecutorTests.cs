using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

public sealed class WorkflowExecutorTests
{
    private static readonly JsonObject Input = new() { ["customerId"] = "cust_456" };

    private static readonly WorkflowDefinition WelcomeFlow = Flow.Steps("""
        [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "get_customer" } },
          { "stepSlug": "get_customer", "stepType": "action", "config": { "type": "customer.get_by_id", "parameters": { "customerId": "{{input.customerId}}" } },
            "nextSteps": { "success": "send_email" } },
          { "stepSlug": "send_email", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "{{steps.get_customer.output.email}}", "subject": "Welcome!", "body": "Hi {{steps.get_customer.output.name}}, welcome aboard!" } },
            "nextSteps": { "success": "end" } } ]
        """);

    private static WorkflowDefinition WithErrorPort() => Flow.Steps("""
        [ { "stepSlug": "send_email", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "a@b.c", "subject": "s", "body": "b" } },
            "nextSteps": { "success": "mark_sent", "error": "log_failure" } },
          { "stepSlug": "mark_sent", "stepType": "action", "config": { "type": "set_variables", "parameters": { "sent": true } } },
          { "stepSlug": "log_failure", "stepType": "action",
            "config": { "type": "set_variables", "parameters": { "errorMessage": "{{steps.send_email.error}}", "failedAt": "{{$now}}" } } } ]
        """);

    [Fact]
    public async Task Run_CompletesALinearFlow_PassingEachStepsOutputOn()
    {
        var engine = new TestEngine();

        var state = await engine.RunAsync(WelcomeFlow, Input);

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Null(state.CurrentStep);
        Assert.Equal(["start", "get_customer", "send_email"], engine.Journal.Records.Select(r => r.StepSlug));
        var email = Assert.Single(engine.Actions.EmailSend.Invocations).Parameters;
        Assert.Equal("""{"to":"john@example.com","subject":"Welcome!","body":"Hi John Doe, welcome aboard!"}""", email.ToJsonString());
        Assert.Equal("cust_456", engine.Actions.CustomerGet.Invocations[0].Parameters["customerId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_StoresEachStepsOutputAndPort_InTheState()
    {
        var state = await new TestEngine().RunAsync(WelcomeFlow, Input);

        Assert.Equal("John Doe", state.Steps["get_customer"]!["output"]!["name"]!.GetValue<string>());
        Assert.Equal("success", state.Steps["send_email"]!["port"]!.GetValue<string>());
        Assert.Equal("cust_456", state.Steps["start"]!["output"]!["customerId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(1500, "vip")]
    [InlineData(1000, "standard")]
    public async Task Run_FollowsTheConditionsPort(double totalSpent, string expectedBranch)
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "check", "stepType": "condition", "config": { "expression": "{{input.totalSpent}} > 1000" },
                "nextSteps": { "true": "vip", "false": "standard" } },
              { "stepSlug": "vip", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "vip" } } },
              { "stepSlug": "standard", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "standard" } } } ]
            """);
        var engine = new TestEngine();

        var state = await engine.RunAsync(definition, new JsonObject { ["totalSpent"] = totalSpent });

        Assert.Equal(expectedBranch, state.Variables["offer"]!.GetValue<string>());
        Assert.Equal(["check", expectedBranch], engine.Journal.Records.Select(r => r.StepSlug));
    }

    [Fact]
    public async Task Run_RecordsTheValuesAConditionRead()
    {
        var definition = Flow.Steps("""[ { "stepSlug": "check", "stepType": "condition", "config": { "expression": "{{input.totalSpent}} > 1000" } } ]""");
        var engine = new TestEngine();

        await engine.RunAsync(definition, new JsonObject { ["totalSpent"] = 5 });

        var record = Assert.Single(engine.Journal.Records);
        var expected = JsonNode.Parse("""{ "expression": "{{input.totalSpent}} > 1000", "values": { "input.totalSpent": 5 } }""");
        Assert.True(JsonNode.DeepEquals(expected, record.Input), record.Input!.ToJsonString());
        Assert.Equal("false", record.Port);
    }

    [Fact]
    public async Task Run_ContinuesOnTheErrorPort_WithTheErrorReadable()
    {
        var engine = new TestEngine();
        engine.Actions.EmailSend.FailWith = "mailbox full";

        var state = await engine.RunAsync(WithErrorPort());

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Equal("mailbox full", state.Variables["errorMessage"]!.GetValue<string>());
        Assert.Equal(TestEngine.StartTime.ToString("O"), state.Variables["failedAt"]!.GetValue<string>());
        Assert.Empty(engine.RecordsOf("mark_sent"));
        var failed = Assert.Single(engine.RecordsOf("send_email"));
        Assert.Equal((StepRecordStatus.Failed, "error", "mailbox full"), (failed.Status, failed.Port, failed.Error));
    }

    [Fact]
    public async Task Run_FailsWithTheStepAndMessage_WhenAStepFailsWithoutAnErrorPort()
    {
        var engine = new TestEngine();
        engine.Actions.EmailSend.FailWith = "mailbox full";

        var state = await engine.RunAsync(WelcomeFlow, Input);

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Equal(("send_email", "mailbox full"), (state.FailedStep, state.Error));
        Assert.Equal("send_email", state.CurrentStep);
        Assert.Equal(TestEngine.StartTime, state.EndedAt);
        Assert.Equal(StepRecordStatus.Failed, engine.Journal.Records[^1].Status);
    }

    [Fact]
    public async Task Run_FailsClearly_WhenTheActionIsUnknown()
    {
        var definition = Flow.Steps("""[ { "stepSlug": "send", "stepType": "action", "config": { "type": "email_sned" } } ]""");

        var state = await new TestEngine().RunAsync(definition);

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Equal("send", state.FailedStep);
        Assert.Equal("There is no action 'email_sned' (did you mean 'email_send'?).", state.Error);
    }

    [Fact]
    public async Task Run_FailsClearly_WhenNoExecutorRunsTheStepType()
    {
        var definition = Flow.Steps("""[ { "stepSlug": "x", "stepType": "teleport" } ]""");

        var state = await new TestEngine().RunAsync(definition);

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Contains("'teleport'", state.Error);
    }

    [Fact]
    public async Task Run_FailsNamingTheParameter_WhenARequiredParameterIsMissing()
    {
        var definition = Flow.Steps("""[ { "stepSlug": "send", "stepType": "action", "config": { "type": "email_send", "parameters": { "to": "a@b.c", "subject": "s" } } } ]""");
        var engine = new TestEngine();

        var state = await engine.RunAsync(definition);

        Assert.Equal("email_send needs Body: message text.", state.Error);
        Assert.Empty(engine.Actions.EmailSend.Invocations);
    }

    [Fact]
    public async Task Run_FailsNamingThePath_WhenATemplateReadsAMissingValue()
    {
        var definition = Flow.Steps("""[ { "stepSlug": "save", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": "{{input.custmerId}}" } } } ]""");

        var state = await new TestEngine().RunAsync(definition, Input);

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Contains("did you mean 'customerId'", state.Error);
    }

    [Fact]
    public async Task Run_FailsAsAnUnexpectedError_WhenAnActionThrows()
    {
        var engine = new TestEngine();
        engine.ExtraActions.Add(new ScriptedAction(new ActionDeclaration("boom", "test", "throws", []) { Effect = Effect.CallsOut }, _ => throw new InvalidOperationException("disk on fire")));
        var definition = Flow.Steps("""[ { "stepSlug": "b", "stepType": "action", "config": { "type": "boom" } } ]""");

        var state = await engine.RunAsync(definition);

        Assert.Equal("Step 'b' failed unexpectedly: disk on fire", state.Error);
    }

    [Fact]
    public async Task Run_StopsARunaway_AtTheStepLimit()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "again", "stepType": "condition", "config": { "expression": "true" }, "nextSteps": { "true": "bump" } },
              { "stepSlug": "bump", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": 1 } }, "nextSteps": { "success": "again" } } ]
            """);
        var engine = new TestEngine { Options = new ExecutorOptions { MaxStepRuns = 25 } };

        var state = await engine.RunAsync(definition);

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Contains("stopped after 25 steps", state.Error);
        Assert.Equal(25, engine.Journal.Records.Count);
    }

    [Fact]
    public async Task Run_FailsClearly_WhenAPortLeadsToAMissingStep()
    {
        var definition = Flow.Steps("""[ { "stepSlug": "a", "stepType": "trigger", "nextSteps": { "success": "gone" } } ]""");

        var state = await new TestEngine().RunAsync(definition);

        Assert.Equal(("gone", "The run reached step 'gone', which is not in this workflow."), (state.FailedStep, state.Error));
    }

    [Fact]
    public async Task Run_SetsVariables_ThatLaterStepsRead()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "coupon": "SPRING", "limit": 3 } },
                "nextSteps": { "success": "use" } },
              { "stepSlug": "use", "stepType": "action", "config": { "type": "set_variables", "parameters": { "message": "Use {{variables.coupon}} x{{variables.limit}}", "limit": "{{variables.limit}}" } } } ]
            """);

        var state = await new TestEngine().RunAsync(definition);

        Assert.Equal("Use SPRING x3", state.Variables["message"]!.GetValue<string>());
        Assert.Equal(3, state.Variables["limit"]!.GetValue<int>());
        Assert.Equal("SPRING", state.Steps["remember"]!["output"]!["coupon"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_IsCancelled_WhenTheTokenIsCancelledBeforeItStarts()
    {
        var engine = new TestEngine();

        var state = await engine.RunAsync(WelcomeFlow, Input, new CancellationToken(canceled: true));

        Assert.Equal(ExecutionStatus.Cancelled, state.Status);
        Assert.Empty(engine.Actions.CustomerGet.Invocations);
    }

    [Fact]
    public async Task Run_IsCancelledBeforeTheNextStep_WhenCancelledDuringAStep()
    {
        using var cancellation = new CancellationTokenSource();
        var engine = new TestEngine();
        engine.ExtraActions.Add(new ScriptedAction(new ActionDeclaration("cancel_run", "test", "cancels", []) { Effect = Effect.CallsOut }, _ =>
        {
            cancellation.Cancel();
            return null;
        }));
        var definition = Flow.Steps("""
            [ { "stepSlug": "stop", "stepType": "action", "config": { "type": "cancel_run" }, "nextSteps": { "success": "send" } },
              { "stepSlug": "send", "stepType": "action", "config": { "type": "email_send", "parameters": { "to": "a", "subject": "s", "body": "b" } } } ]
            """);

        var state = await engine.RunAsync(definition, cancellationToken: cancellation.Token);

        Assert.Equal(ExecutionStatus.Cancelled, state.Status);
        Assert.Equal("send", state.CurrentStep);
        Assert.Empty(engine.Actions.EmailSend.Invocations);
    }
}
