using System.Diagnostics;
using Microsoft.Extensions.AI;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Ai.Assistant;

/// <summary>
/// The assistant's repair loop on one chat client: ask for a workflow in the schema, read it with the engine's reader,
/// validate it, and send back what could not be read or what the validator calls an error, a bounded number of times.
/// </summary>
public sealed class WorkflowDrafter(IChatClient client, AssistantPrompt prompt, WorkflowValidator validator)
{
    public const int MaxAttempts = 3;

    private static readonly ChatResponseFormat Format =
        ChatResponseFormat.ForJsonSchema(WorkflowSchema.Element, "workflow", "A workflow in the Workflows definition format.");

    public async Task<AssistantProposal> DraftAsync(
        string request, WorkflowDefinition? current, IProgress<AssistantAttempt>? progress, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, prompt.System),
            new(ChatRole.User, AssistantPrompt.Request(request, current)),
        };
        var attempts = new List<AssistantAttempt>();
        (WorkflowDefinition Definition, ValidationReport Report)? last = null;
        for (var number = 1; number <= MaxAttempts; number++)
        {
            var clock = Stopwatch.StartNew();
            var response = await client.GetResponseAsync(messages, new ChatOptions { Temperature = 0.2f, ResponseFormat = Format }, cancellationToken);
            var answer = response.Text;
            var (definition, problems) = Read(answer);
            ValidationReport? report = null;
            if (definition is not null)
            {
                report = validator.Validate(definition);
                problems = [.. report.Errors.Select(f => f.ToString())];
                last = (definition, report);
            }
            var attempt = new AssistantAttempt(number, answer, problems, clock.Elapsed);
            attempts.Add(attempt);
            progress?.Report(attempt);
            if (attempt.Succeeded)
            {
                break;
            }
            messages.AddRange(response.Messages);
            messages.Add(new ChatMessage(ChatRole.User, AssistantPrompt.Repair(problems)));
        }
        return last is { } result
            ? new AssistantProposal(result.Definition, result.Report, attempts, null)
            : AssistantProposal.Failed($"The model did not answer with a readable workflow in {attempts.Count} tries. {attempts[^1].Problems[0]}", attempts);
    }

    /// <summary>The workflow in the answer, or why it cannot be read, as the model is told.</summary>
    private static (WorkflowDefinition? Definition, IReadOnlyList<string> Problems) Read(string answer)
    {
        var (json, problem) = JsonAnswer.Read(answer, schema: null);
        if (problem is not null)
        {
            return (null, [problem]);
        }
        try
        {
            return (WorkflowJson.Read(json), []);
        }
        catch (WorkflowFormatException ex)
        {
            return (null, [$"The answer is not a workflow: {ex.Path}: {ex.Reason}."]);
        }
    }
}
