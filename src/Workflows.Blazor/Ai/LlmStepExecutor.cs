using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Runtime.Steps;

namespace Workflows.Blazor.Ai;

/// <summary>
/// Runs <c>llm</c> steps. A test run may give a step sample output (in the run's test outputs, or the step's
/// <c>testOutput</c>), used instead of a model and marked as such in the record. Otherwise the configured
/// AI provider answers; with none configured, the step fails and says how to configure one.
/// The record's input keeps every model call (<c>calls</c>); the step's output is the answer alone.
/// </summary>
public sealed class LlmStepExecutor(LlmClientSource clients, ThreadStore threads, ActionCatalog catalog, ISecretResolver secrets) : IStepExecutor
{
    public string StepType => StepTypes.Llm;

    public async ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        var systemPrompt = step.ConfigString("systemPrompt") ?? throw new StepFailedException("This LLM step has no systemPrompt.");
        var settings = new LlmStepSettings(context);
        var userPrompt = step.ConfigString("userPrompt") is { } prompt ? context.RenderString(prompt) : null;
        var provider = await clients.GetAsync(cancellationToken);
        var input = new JsonObject
        {
            ["systemPrompt"] = context.RenderString(systemPrompt),
            ["userPrompt"] = userPrompt,
            ["model"] = provider.Options.Model,
            ["temperature"] = settings.Temperature,
            ["maxTokens"] = settings.MaxTokens,
            ["outputFormat"] = settings.IsJson ? "json" : "text",
            ["tools"] = new JsonArray([.. settings.Tools.Select(t => JsonValue.Create(t))]),
        };
        context.RecordedInput = input;

        if (LlmTestOutput.Of(context, settings.IsJson) is { } sample)
        {
            input["testOutput"] = true;
            return StepOutcome.Continue(Ports.Success, sample);
        }
        if (provider.Problem is { } problem)
        {
            throw new StepFailedException($"{problem} Or give this step a testOutput for test runs.");
        }

        var toolset = StepToolset.For(settings.Tools, catalog, context);
        var messages = new List<ChatMessage> { new(ChatRole.System, input["systemPrompt"]!.GetValue<string>()) };
        if (context.State.ThreadId is { } threadId)
        {
            messages.AddRange(await threads.LoadAsync(threadId, cancellationToken));
        }
        if (userPrompt is not null)
        {
            messages.Add(new ChatMessage(ChatRole.User, userPrompt));
        }
        var calls = new JsonArray();
        input["calls"] = calls;

        var (answer, output) = await AskAsync(provider, messages, settings, toolset, calls, context.Limits.MaxStepOutputChars, cancellationToken);
        if (context.State.ThreadId is { } thread)
        {
            // The thread is shown to people and outlives the run, so it keeps no secret a prompt or answer carried.
            var masked = secrets.Resolve(context.State).Values.ToList();
            await threads.AppendAsync(thread, SecretMasker.MaskText(userPrompt, masked), SecretMasker.MaskText(answer, masked)!, cancellationToken);
        }
        return StepOutcome.Continue(Ports.Success, output);
    }

    /// <summary>
    /// Asks the model; a JSON answer that does not parse or fit the schema is sent back once with the problem.
    /// An answer longer than <paramref name="maxChars"/> fails the step before it is kept anywhere (call record, thread).
    /// </summary>
    private static async Task<(string Answer, JsonNode? Output)> AskAsync(
        AiProvider provider, List<ChatMessage> messages, LlmStepSettings settings, StepToolset toolset, JsonArray calls, int maxChars,
        CancellationToken cancellationToken)
    {
        var options = settings.ChatOptions(toolset.Tools);
        for (var attempt = 1; ; attempt++)
        {
            var sent = messages.ToList();
            var clock = Stopwatch.StartNew();
            var response = await CallAsync(provider, sent, options, cancellationToken);
            if (response.Text.Length > maxChars)
            {
                throw new StepFailedException(
                    $"The model's answer has {response.Text.Length:N0} characters, more than the {maxChars:N0} a step may keep. Ask for a shorter answer.");
            }
            toolset.RecordRefused(response.Messages);
            var call = LlmCallRecord.Of(sent, response, toolset.TakeCalls(), clock.Elapsed, provider.Options.Model!);
            calls.Add(call);
            var answer = response.Text;
            if (!settings.IsJson)
            {
                return (answer, JsonValue.Create(answer));
            }
            var (value, problem) = JsonAnswer.Read(answer, settings.OutputSchema);
            if (problem is null)
            {
                return (answer, value);
            }
            call["problem"] = problem;
            if (attempt > 1)
            {
                throw new StepFailedException($"The model's answer was still not usable after one retry. {problem}");
            }
            messages.AddRange(response.Messages);
            messages.Add(new ChatMessage(ChatRole.User,
                $"{problem} Answer again with only the JSON{(settings.OutputSchema is null ? "" : " that matches the schema")}, nothing else."));
        }
    }

    private static async Task<ChatResponse> CallAsync(AiProvider provider, List<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await provider.Client!.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new StepFailedException(provider.Describe(ex));
        }
    }
}
