using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Steps;
using Workflows.Engine.Steps;

namespace Workflows.Engine.Preview;

/// <summary>
/// Runs <c>llm</c> steps in a preview without asking a model: the step answers with its test output (or the scenario's
/// answer for it); a step with neither fails with a message that says so, as a preview cannot know what a model would say.
/// </summary>
public sealed class PreviewLlmStepExecutor : IStepExecutor
{
    public string StepType => StepTypes.Llm;

    public ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var userPrompt = context.Step.ConfigString("userPrompt") is { } prompt ? context.RenderString(prompt) : null;
        context.RecordedInput = new JsonObject
        {
            ["systemPrompt"] = context.Step.ConfigString("systemPrompt") is { } system ? context.RenderString(system) : null,
            ["userPrompt"] = userPrompt,
            ["testOutput"] = true,
        };
        return ValueTask.FromResult(LlmTestOutput.Of(context, LlmStep.IsJson(context.Step)) is { } sample
            ? StepOutcome.Continue(Ports.Success, sample)
            : StepOutcome.Fail("A preview asks no model: give this AI step a test output, or an answer in the preview's scenario."));
    }
}
