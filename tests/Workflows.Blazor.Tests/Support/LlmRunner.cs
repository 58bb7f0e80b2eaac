using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Runs LLM steps the way a workflow does (templating, error port, thread) with the app's real services.</summary>
internal static class LlmRunner
{
    /// <summary>Runs one LLM step whose error port ends the run; its record says what happened.</summary>
    public static async Task<StepRecord> RunLlmAsync(this AppFactory app, JsonObject config, JsonObject? testOutputs = null) =>
        (await app.RunLlmStepsAsync([config], threadId: null, testOutputs)).Single();

    /// <summary>Runs LLM steps one after another (slugs llm1, llm2, ...), in one run with the given thread.</summary>
    public static async Task<IReadOnlyList<StepRecord>> RunLlmStepsAsync(
        this AppFactory app, IReadOnlyList<JsonObject> configs, string? threadId, JsonObject? testOutputs = null)
    {
        var steps = configs.Select((config, i) => new StepDefinition($"llm{i + 1}", StepTypes.Llm, config,
            new Dictionary<string, string>
            {
                [Ports.Success] = i + 1 < configs.Count ? $"llm{i + 2}" : "end",
                [Ports.Error] = "end",
            })).ToList();
        var workflow = new WorkflowDefinition("llm steps", steps);
        var executor = app.Services.GetRequiredService<WorkflowExecutor>();
        var journal = new InMemoryJournal();
        var state = executor.Start(workflow, new StartRequest { WorkflowId = "wf_test", ThreadId = threadId, TestOutputs = testOutputs });
        await executor.RunAsync(workflow, state, journal);
        return journal.Records;
    }

    /// <summary>The model calls the step made, as recorded in its input.</summary>
    public static JsonArray CallsOf(StepRecord record) => record.Input!["calls"]!.AsArray();

    /// <summary>The names of the functions a chat-completions request offered the model.</summary>
    public static IReadOnlyList<string> OfferedTools(JsonObject request) =>
        request["tools"] is JsonArray tools ? [.. tools.Select(t => t!["function"]!["name"]!.GetValue<string>())] : [];
}
