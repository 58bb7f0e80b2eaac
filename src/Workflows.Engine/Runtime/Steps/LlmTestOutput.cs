using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime.Steps;

/// <summary>
/// The sample answer an LLM step gives instead of a model's: the run's test output for the step, or, in a test run,
/// the step's own <c>testOutput</c>. A JSON step's sample written as text is parsed, as a model's JSON answer would be.
/// </summary>
public static class LlmTestOutput
{
    /// <summary>The sample for the step, shaped as its answer; null when the run has none for it.</summary>
    public static JsonNode? Of(StepContext context, bool isJson)
    {
        if (context.State.TestOutputs?.TryGetPropertyValue(context.Step.Slug, out var fromRun) == true)
        {
            return Shape(fromRun?.DeepClone(), isJson);
        }
        return context.State.IsTest && context.Step.Config.TryGetPropertyValue("testOutput", out var fromStep) ? Shape(fromStep?.DeepClone(), isJson) : null;
    }

    private static JsonNode? Shape(JsonNode? sample, bool isJson)
    {
        if (!isJson || sample is not JsonValue value || !value.TryGetValue(out string? text))
        {
            return sample;
        }
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new StepFailedException($"The step's test output is not valid JSON: {ex.Message}");
        }
    }
}
