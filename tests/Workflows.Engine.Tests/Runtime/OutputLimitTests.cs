using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

/// <summary>A run keeps at most what the limits allow: a step that would keep more fails on its error port instead.</summary>
public sealed class OutputLimitTests
{
    private static readonly WorkflowLimits Small = new() { MaxStepOutputChars = 1_000, MaxVariablesChars = 1_000 };

    /// <summary>A trigger, a step with the given config, and error and success branches that record which one ran.</summary>
    private static WorkflowDefinition Flow(string config) => Support.Flow.Steps($$"""
        [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "big" } },
          { "stepSlug": "big", "stepType": "action", "name": "Make it big", "config": {{config}}, "nextSteps": { "success": "fine", "error": "handled" } },
          { "stepSlug": "fine", "stepType": "action", "config": { "type": "set_variables", "parameters": { "branch": "success" } }, "nextSteps": { "error": "end" } },
          { "stepSlug": "handled", "stepType": "action", "config": { "type": "set_variables", "parameters": { "branch": "error" } }, "nextSteps": { "error": "end" } } ]
        """);

    private static TestEngine EngineWith(JsonNode output) => new()
    {
        Options = new ExecutorOptions { Limits = Small },
        ExtraActions = { new ScriptedAction(new ActionDeclaration("produce", "test", "returns a canned output", []) { Effect = Effect.None }, output) },
    };

    [Fact]
    public async Task Run_FailsTheStepOnItsErrorPort_WhenItsOutputIsLargerThanTheLimit()
    {
        var engine = EngineWith(new JsonObject { ["text"] = new string('x', 1_000) });

        var state = await engine.RunAsync(Flow("""{ "type": "produce" }"""));

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Equal("error", state.Variables["branch"]!.GetValue<string>());
        var record = Assert.Single(engine.RecordsOf("big"));
        Assert.Equal((StepRecordStatus.Failed, Ports.Error, (JsonNode?)null), (record.Status, record.Port, record.Output));
        Assert.Equal("What 'Make it big' produced is larger than the 1,000 characters a run may keep. Make the step produce less, e.g. fewer items or shorter text.", record.Error);
    }

    [Fact]
    public async Task Run_KeepsTheOutput_WhenItIsJustWithinTheLimit()
    {
        var engine = EngineWith(new JsonObject { ["text"] = new string('x', 1_000 - """{"text":""}""".Length) });

        var state = await engine.RunAsync(Flow("""{ "type": "produce" }"""));

        Assert.Equal("success", state.Variables["branch"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_FailsTheStep_WhenItsOutputIsNestedDeeperThanARunMayKeep()
    {
        JsonNode deep = new JsonArray();
        for (var i = 0; i < StoredSize.MaxDepth; i++)
        {
            deep = new JsonArray(deep);
        }
        var engine = EngineWith(deep);

        var state = await engine.RunAsync(Flow("""{ "type": "produce" }"""));

        Assert.Equal("error", state.Variables["branch"]!.GetValue<string>());
        Assert.StartsWith($"What 'Make it big' produced is nested more than {StoredSize.MaxDepth} levels deep", engine.RecordsOf("big")[0].Error);
    }

    [Fact]
    public async Task Run_LeavesTheVariablesAsTheyWere_WhenAStepWouldMakeThemLargerThanTheLimit()
    {
        var engine = new TestEngine { Options = new ExecutorOptions { Limits = Small } };

        var state = await engine.RunAsync(Flow($$"""{ "type": "set_variables", "parameters": { "kept": "a", "blob": "{{new string('x', 1_000)}}" } }"""));

        Assert.Equal("""{"branch":"error"}""", state.Variables.ToJsonString());
        Assert.StartsWith("The run's variables is larger than the 1,000 characters a run may keep.", engine.RecordsOf("big")[0].Error);
    }

    [Fact]
    public async Task Run_FailsTheStep_WhenNestedSectionsOverTheInputRenderMoreThanTheLimit()
    {
        // Three sections over 30 items repeat the text 27,000 times: 1.35 million characters, more than the default million.
        var engine = new TestEngine();
        var input = new JsonObject { ["items"] = new JsonArray([.. Enumerable.Range(0, 30).Select(i => (JsonNode)i)]) };
        var sections = "{{#input.items}}{{#input.items}}{{#input.items}}" + new string('x', 50) + "{{/input.items}}{{/input.items}}{{/input.items}}";

        var state = await engine.RunAsync(Flow($$"""{ "type": "set_variables", "parameters": { "report": "{{sections}}" } }"""), input);

        Assert.Equal("error", state.Variables["branch"]!.GetValue<string>());
        Assert.False(state.Variables.ContainsKey("report"));
        Assert.Null(state.Steps["big"]!["output"]);
    }
}
