using System.Text.Json.Nodes;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

public sealed class SplitStepTests
{
    private const string Paths = """[ { "name": "A", "weight": 45 }, { "name": "B", "weight": 45 }, { "name": "Holdout", "weight": 10, "holdout": true } ]""";

    /// <summary>A trigger, then the split: path A and B each set a variable naming themselves, the holdout ends the run.</summary>
    private static WorkflowDefinition Experiment(string splitConfig = $$"""{ "paths": {{Paths}} }""", string offer = "10% off") => Flow.Steps($$"""
        [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "ab_test" } },
          { "stepSlug": "ab_test", "stepType": "split", "config": {{splitConfig}}, "nextSteps": { "A": "send_a", "B": "send_b" } },
          { "stepSlug": "send_a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "sent": "A", "offer": "{{offer}}" } } },
          { "stepSlug": "send_b", "stepType": "action", "config": { "type": "set_variables", "parameters": { "sent": "B" } } } ]
        """);

    private static async Task<ExecutionState> RunAsync(
        TestEngine engine, WorkflowDefinition definition, string executionId, string? subject = null, JsonNode? input = null)
    {
        var executor = engine.Executor();
        var state = executor.Start(definition, new StartRequest { ExecutionId = executionId, WorkflowId = "wf_1", SubjectId = subject, Input = input });
        return await executor.RunAsync(definition, state, engine.Journal);
    }

    private static JsonNode SplitOutput(ExecutionState state) => state.Steps["ab_test"]!["output"]!;

    private static string PathOf(ExecutionState state) => SplitOutput(state)["path"]!.GetValue<string>();

    [Fact]
    public async Task Run_TakesTheSamePath_WhenTheSameCustomerEntersAgain()
    {
        var engine = new TestEngine();
        var definition = Experiment();
        var customers = Enumerable.Range(0, 60).Select(i => $"cust_{i}").ToList();

        var first = new List<string>();
        var again = new List<string>();
        foreach (var customer in customers)
        {
            first.Add(PathOf(await RunAsync(engine, definition, $"first_{customer}", customer)));
            again.Add(PathOf(await RunAsync(engine, definition, $"again_{customer}", customer)));
        }

        Assert.Equal(first, again);
        Assert.Equal(["A", "B", "Holdout"], first.Distinct().Order());
    }

    [Fact]
    public async Task Run_KeepsTheCustomerOnTheirPath_AfterANewVersionIsPublished()
    {
        var engine = new TestEngine();
        var customers = Enumerable.Range(0, 40).Select(i => $"cust_{i}").ToList();

        var before = new List<string>();
        var after = new List<string>();
        foreach (var customer in customers)
        {
            before.Add(PathOf(await RunAsync(engine, Experiment(), $"v1_{customer}", customer)));
            after.Add(PathOf(await RunAsync(engine, Experiment(offer: "15% off"), $"v2_{customer}", customer)));
        }

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Run_TakesTheSamePath_WhenARunWithoutACustomerIsRunAgain()
    {
        var engine = new TestEngine();
        var definition = Experiment();

        var paths = new List<(string First, string Again)>();
        for (var i = 0; i < 30; i++)
        {
            paths.Add((PathOf(await RunAsync(engine, definition, $"exec_{i}")), PathOf(await RunAsync(engine, definition, $"exec_{i}"))));
        }

        Assert.All(paths, p => Assert.Equal(p.First, p.Again));
        Assert.All(paths, p => Assert.Equal("run", engine.Journal.Records.First(r => r.StepSlug == "ab_test").Output!["contactFrom"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Run_FollowsTheLinkOfThePathTaken()
    {
        var engine = new TestEngine();
        var definition = Experiment();

        for (var i = 0; i < 30; i++)
        {
            var state = await RunAsync(engine, definition, $"exec_{i}", $"cust_{i}");

            Assert.Equal(ExecutionStatus.Completed, state.Status);
            var path = PathOf(state);
            Assert.Equal(path == "Holdout" ? null : path, state.Variables["sent"]?.GetValue<string>());
        }
    }

    [Fact]
    public async Task Run_EndsAtTheSplitAndRecordsTheHoldout_ForAHoldoutContact()
    {
        var engine = new TestEngine();
        var definition = Experiment();
        var paths = SplitConfig.Paths(definition.Steps[1]);
        var customer = Enumerable.Range(0, 1_000).Select(i => $"cust_{i}").First(c => SplitAssignment.Choose(paths, SplitAssignment.Place("wf_1", "ab_test", c)).Holdout);

        var state = await RunAsync(engine, definition, "exec_1", customer);

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        var record = Assert.Single(engine.Journal.Records, r => r.StepSlug == "ab_test");
        Assert.Equal("Holdout", record.Port);
        Assert.True(record.Output!["holdout"]!.GetValue<bool>());
        Assert.Equal("Held out with 10% of contacts ('Holdout'): nothing is sent", record.Output!["explanation"]!.GetValue<string>());
        Assert.DoesNotContain(engine.Journal.Records, r => r.StepSlug is "send_a" or "send_b");
    }

    [Fact]
    public async Task Run_RecordsThePathItsWeightAndShare_InTheStepOutput()
    {
        var engine = new TestEngine();
        var definition = Experiment("""{ "paths": [ { "name": "A", "weight": 3 }, { "name": "B", "weight": 1 } ] }""");

        var state = await RunAsync(engine, definition, "exec_1", "cust_7");

        var output = SplitOutput(state);
        var record = Assert.Single(engine.Journal.Records, r => r.StepSlug == "ab_test");
        Assert.Equal(PathOf(state), record.Port);
        var (weight, percent) = PathOf(state) == "A" ? (3, 75) : (1, 25);
        Assert.Equal(weight, output["weight"]!.GetValue<double>());
        Assert.Equal(percent, output["percent"]!.GetValue<double>());
        Assert.False(output["holdout"]!.GetValue<bool>());
        Assert.Equal($"Took path '{PathOf(state)}', which gets {percent}% of contacts", output["explanation"]!.GetValue<string>());
        Assert.Equal(("cust_7", "customer"), (output["contact"]!.GetValue<string>(), output["contactFrom"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Run_SplitsByTheContactTemplate_RatherThanTheRunsCustomer()
    {
        var engine = new TestEngine();
        var definition = Experiment($$$"""{ "contact": "{{input.email}}", "paths": {{{Paths}}} }""");

        var state = await RunAsync(engine, definition, "exec_1", "cust_1", new JsonObject { ["email"] = "ana@example.com" });

        Assert.Equal(("ana@example.com", "step"), (SplitOutput(state)["contact"]!.GetValue<string>(), SplitOutput(state)["contactFrom"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Run_FailsInPlainWords_WhenTheSplitHasTooFewPaths()
    {
        var state = await RunAsync(new TestEngine(), Experiment("""{ "paths": [ { "name": "A", "weight": 100 } ] }"""), "exec_1", "cust_1");

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Equal("This split needs 2 to 8 paths, each with a name and a weight above 0.", state.Error);
    }

    [Fact]
    public async Task Run_SendsEveryoneDownTheWinningPath_OnceTheExperimentEnded()
    {
        var engine = new TestEngine();
        var definition = Experiment($$"""{ "paths": {{Paths}}, "winner": { "path": "B", "endedAt": "2026-12-01T09:00:00Z", "result": "B won" } }""");

        var paths = new List<string>();
        foreach (var customer in Enumerable.Range(0, 40).Select(i => $"cust_{i}"))
        {
            paths.Add(PathOf(await RunAsync(engine, definition, $"run_{customer}", customer)));
        }

        Assert.All(paths, path => Assert.Equal("B", path));
    }
}
