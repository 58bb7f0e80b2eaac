using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Workflows.Blazor.Ai;
using Workflows.Engine.Journeys;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Asks the configured model for one contact's next decision, as structured output in the decision schema. An
/// answer that is not a decision goes back once with the problem, as the LLM step does.
/// </summary>
public sealed class JourneyDecider(LlmClientSource clients, ActionCatalog catalog)
{
    private static readonly JsonElement Schema = JsonSerializer.SerializeToElement(DecisionSchema.Create());

    public string? ProviderProblem => clients.Options.FindProblem() is null ? null
        : "No AI model is configured, so journeys cannot decide. Set AI:Endpoint, AI:Model and AI:ApiKey in appsettings.json (or AI__Endpoint, AI__Model and AI__ApiKey).";

    public string Model => clients.Options.Model ?? "none";

    public async Task<DeciderAnswer> DecideAsync(JourneyDefinition journey, JsonObject? contact, JourneyLog log, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ProviderProblem is { } missing)
        {
            return new DeciderAnswer(null, missing, Model);
        }
        List<ChatMessage> messages =
        [
            new(ChatRole.System, DecisionPrompt.System(journey, catalog.FindDeclaration)),
            new(ChatRole.User, DecisionPrompt.User(journey, contact, log, now)),
        ];
        var options = new ChatOptions { Temperature = 0.2f, ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema, DecisionSchema.Name) };
        string? problem = null;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            ChatResponse response;
            try
            {
                response = await clients.Get().GetResponseAsync(messages, options, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new DeciderAnswer(null, $"The AI provider (model {Model}) did not answer: {ex.Message}", Model);
            }
            var (value, jsonProblem) = JsonAnswer.Read(response.Text, null);
            var (decision, shapeProblem) = jsonProblem is null ? DecisionReader.Read(value) : (null, jsonProblem);
            if (decision is not null)
            {
                return new DeciderAnswer(decision, null, response.ModelId ?? Model);
            }
            problem = shapeProblem;
            messages.AddRange(response.Messages);
            messages.Add(new ChatMessage(ChatRole.User, $"{problem} Answer again with only the decision JSON, nothing else."));
        }
        return new DeciderAnswer(null, $"The model's answer was not a usable decision: {problem}", Model);
    }
}
