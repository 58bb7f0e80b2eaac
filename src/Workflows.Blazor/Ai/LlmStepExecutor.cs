using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Ai;

/// <summary>
/// Runs <c>llm</c> steps. A test run may give a step sample output (in the run's test outputs, or the step's
/// <c>testOutput</c>), used instead of a model and marked as such in the record. Otherwise the configured
/// AI provider answers; with none configured, the step fails and says how to configure one.
/// </summary>
public sealed class LlmStepExecutor(IConfiguration configuration) : IStepExecutor
{
    public string StepType => StepTypes.Llm;

    public ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        var systemPrompt = step.ConfigString("systemPrompt") ?? throw new StepFailedException("This LLM step has no systemPrompt.");
        var input = new JsonObject
        {
            ["systemPrompt"] = context.RenderString(systemPrompt),
            ["userPrompt"] = step.ConfigString("userPrompt") is { } userPrompt ? context.RenderString(userPrompt) : null,
        };
        context.RecordedInput = input;

        if (TestOutputOf(context) is { } sample)
        {
            input["testOutput"] = true;
            return ValueTask.FromResult(StepOutcome.Continue(Ports.Success, Shape(sample, step)));
        }
        if (string.IsNullOrWhiteSpace(configuration["AI:Endpoint"]) && string.IsNullOrWhiteSpace(configuration["AI:ApiKey"]))
        {
            throw new StepFailedException(
                "No AI provider is configured. Set AI:Endpoint, AI:Model and AI:ApiKey in appsettings.json (or the AI__Endpoint, AI__Model " +
                "and AI__ApiKey environment variables), or give this step a testOutput for test runs.");
        }
        throw new StepFailedException("Calling the AI provider is not available in this version yet; give this step a testOutput for test runs.");
    }

    private static JsonNode? TestOutputOf(StepContext context)
    {
        if (context.State.TestOutputs?.TryGetPropertyValue(context.Step.Slug, out var fromRun) == true)
        {
            return fromRun?.DeepClone();
        }
        return context.State.IsTest && context.Step.Config.TryGetPropertyValue("testOutput", out var fromStep) ? fromStep?.DeepClone() : null;
    }

    /// <summary>A JSON step's sample given as text is parsed, as a model's JSON answer would be.</summary>
    private static JsonNode? Shape(JsonNode? sample, StepDefinition step)
    {
        if (step.ConfigString("outputFormat") != "json" || sample is not JsonValue value || !value.TryGetValue(out string? text))
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
