using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

public sealed class LoopExecutionTests
{
    private static readonly Workflows.Engine.Model.WorkflowDefinition EmailEach = Flow.Steps("""
        [ { "stepSlug": "loop_customers", "stepType": "loop", "config": { "items": "{{input.customers}}", "itemVariable": "customer" },
            "nextSteps": { "next": "send_email", "done": "finish_up" } },
          { "stepSlug": "send_email", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "{{loop.item.email}}", "subject": "Hello {{customer.name}}!", "body": "You are customer #{{loop.index}}" } },
            "nextSteps": { "success": "loop_customers" } },
          { "stepSlug": "finish_up", "stepType": "action", "config": { "type": "set_variables", "parameters": { "done": true } } } ]
        """);

    private static JsonObject Customers(int count) => new()
    {
        ["customers"] = new JsonArray(Enumerable.Range(0, count)
            .Select(i => (JsonNode)new JsonObject { ["name"] = $"C{i}", ["email"] = $"c{i}@example.com" }).ToArray()),
    };

    [Fact]
    public async Task Run_RunsTheBodyOncePerItem_ThenTakesDone()
    {
        var engine = new TestEngine();

        var state = await engine.RunAsync(EmailEach, Customers(3));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Equal(
            ["c0@example.com|Hello C0!|You are customer #0", "c1@example.com|Hello C1!|You are customer #1", "c2@example.com|Hello C2!|You are customer #2"],
            engine.Actions.EmailSend.Invocations.Select(i => $"{i.Parameters["to"]}|{i.Parameters["subject"]}|{i.Parameters["body"]}"));
        Assert.True(state.Variables["done"]!.GetValue<bool>());
        Assert.Empty(state.Loops);
    }

    [Fact]
    public async Task Run_TakesDoneAtOnce_WhenTheListIsEmpty()
    {
        var engine = new TestEngine();

        var state = await engine.RunAsync(EmailEach, Customers(0));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Empty(engine.Actions.EmailSend.Invocations);
        var loop = Assert.Single(engine.RecordsOf("loop_customers"));
        Assert.Equal("done", loop.Port);
    }

    [Fact]
    public async Task Run_RecordsTheLoopsPortsInOrder()
    {
        var engine = new TestEngine();

        await engine.RunAsync(EmailEach, Customers(2));

        Assert.Equal(["next", "next", "done"], engine.RecordsOf("loop_customers").Select(r => r.Port));
    }

    [Theory]
    [InlineData("""{ "customers": "not a list" }""", "not a list")]
    [InlineData("""{ "customers": null }""", "are empty")]
    public async Task Run_FailsClearly_WhenTheItemsAreNotAList(string input, string message)
    {
        var state = await new TestEngine().RunAsync(EmailEach, JsonNode.Parse(input));

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Equal("loop_customers", state.FailedStep);
        Assert.Contains(message, state.Error);
    }

    [Fact]
    public async Task Run_ReadsTheOuterItem_InNestedLoops()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "outer", "stepType": "loop", "config": { "items": "{{input.customers}}" }, "nextSteps": { "next": "inner", "done": "end" } },
              { "stepSlug": "inner", "stepType": "loop", "config": { "items": "{{loop.item.products}}" }, "nextSteps": { "next": "pair", "done": "outer" } },
              { "stepSlug": "pair", "stepType": "action",
                "config": { "type": "set_variables", "parameters": { "last": "{{loop.parent.item.name}}:{{loop.item}}@{{loop.parent.index}}.{{loop.index}}" } },
                "nextSteps": { "success": "inner" } } ]
            """);
        var engine = new TestEngine();
        var input = JsonNode.Parse("""{ "customers": [ { "name": "Ada", "products": ["lamp", "desk"] }, { "name": "Alan", "products": [] }, { "name": "Grace", "products": ["pen"] } ] }""");

        var state = await engine.RunAsync(definition, input);

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Equal(["Ada:lamp@0.0", "Ada:desk@0.1", "Grace:pen@2.0"],
            engine.RecordsOf("pair").Select(r => r.Output!["last"]!.GetValue<string>()));
        Assert.Equal(["0/0", "0/1", "2/0"], engine.RecordsOf("pair").Select(r => r.LoopPath));
    }

    [Fact]
    public async Task Run_MovesToTheNextItem_WhenTheBodyLeavesAnInnerLoopEarly()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "outer", "stepType": "loop", "config": { "items": "{{input.groups}}" }, "nextSteps": { "next": "inner", "done": "end" } },
              { "stepSlug": "inner", "stepType": "loop", "config": { "items": "{{loop.item}}" }, "nextSteps": { "next": "stop_early", "done": "outer" } },
              { "stepSlug": "stop_early", "stepType": "condition", "config": { "expression": "{{loop.item}} == 'stop'" },
                "nextSteps": { "true": "outer", "false": "inner" } } ]
            """);
        var engine = new TestEngine();

        var state = await engine.RunAsync(definition, JsonNode.Parse("""{ "groups": [ ["a", "stop", "never"], ["b"] ] }"""));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Equal(["0/0", "0/1", "1/0"], engine.RecordsOf("stop_early").Select(r => r.LoopPath));
    }

    [Fact]
    public async Task Run_ContinuesTheLoop_WhenABodyStepFailsIntoItsErrorPort()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "loop", "stepType": "loop", "config": { "items": "{{input.customers}}" }, "nextSteps": { "next": "send", "done": "end" } },
              { "stepSlug": "send", "stepType": "action",
                "config": { "type": "email_send", "parameters": { "to": "{{loop.item.email}}", "subject": "s", "body": "b" } },
                "nextSteps": { "success": "loop", "error": "note" } },
              { "stepSlug": "note", "stepType": "action", "config": { "type": "set_variables", "parameters": { "failed": "{{loop.item.name}}: {{steps.send.error}}" } },
                "nextSteps": { "success": "loop" } } ]
            """);
        var engine = new TestEngine();
        engine.Actions.EmailSend.FailWith = "bounced";

        var state = await engine.RunAsync(definition, Customers(2));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Equal("C1: bounced", state.Variables["failed"]!.GetValue<string>());
        Assert.Equal(2, engine.RecordsOf("note").Count);
    }
}
