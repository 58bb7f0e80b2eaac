using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Engine.Tests.Support;

/// <summary>
/// Runs "llm" steps without a model: renders the prompts as the real executor would, then answers
/// with the output scripted for the step's slug. With <c>outputFormat: json</c> the answer is an object.
/// </summary>
public sealed class ScriptedLlmExecutor : IStepExecutor
{
    private readonly Dictionary<string, Queue<string>> _answers = new(StringComparer.Ordinal);
    private readonly List<(string Slug, string UserPrompt)> _prompts = [];

    public string StepType => StepTypes.Llm;

    /// <summary>Every call so far: the step and its rendered user prompt.</summary>
    public IReadOnlyList<(string Slug, string UserPrompt)> Prompts => _prompts;

    /// <summary>Answers for a step, in order; the last one repeats once the others are used.</summary>
    public ScriptedLlmExecutor Answer(string slug, params string[] answers)
    {
        _answers[slug] = new Queue<string>(answers);
        return this;
    }

    public ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var userPrompt = context.Step.ConfigString("userPrompt") is { } prompt ? context.RenderString(prompt) : "";
        context.RecordedInput = new JsonObject
        {
            ["systemPrompt"] = context.RenderString(context.Step.ConfigString("systemPrompt") ?? ""),
            ["userPrompt"] = userPrompt,
        };
        _prompts.Add((context.Step.Slug, userPrompt));
        if (!_answers.TryGetValue(context.Step.Slug, out var queue) || queue.Count == 0)
        {
            return ValueTask.FromResult(StepOutcome.Fail($"No scripted answer for LLM step '{context.Step.Slug}'."));
        }
        var answer = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        JsonNode? output = context.Step.ConfigString("outputFormat") == "json"
            ? JsonNode.Parse(answer) as JsonObject ?? throw new StepFailedException("The model's JSON answer is not an object.")
            : JsonValue.Create(answer);
        return ValueTask.FromResult(StepOutcome.Continue(Ports.Success, output));
    }
}
