using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Data;
using Workflows.Engine.Journeys;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Asks the configured model for one contact's next decision, as structured output in the decision schema. An
/// answer that is not a decision goes back once with the problem, as the LLM step does.
/// </summary>
public sealed class JourneyDecider(LlmClientSource clients, ActionCatalog catalog, IDbContextFactory<AppDbContext> contexts)
{
    private static readonly JsonElement Schema = JsonSerializer.SerializeToElement(DecisionSchema.Create());

    /// <summary>Why journeys cannot decide now (no model configured), or null.</summary>
    public async Task<string?> ProviderProblemAsync(CancellationToken cancellationToken = default) =>
        (await clients.GetAsync(cancellationToken)).Problem is { } problem ? CannotDecide(problem) : null;

    private static string CannotDecide(string? problem) => $"Journeys cannot decide: {problem}";

    public async Task<DeciderAnswer> DecideAsync(JourneyDefinition journey, JsonObject? contact, JourneyLog log, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var provider = await clients.GetAsync(cancellationToken);
        var model = provider.Options.Model ?? "none";
        if (provider.Client is not { } client)
        {
            return new DeciderAnswer(null, CannotDecide(provider.Problem), model) { ProviderFailed = true };
        }
        List<ChatMessage> messages =
        [
            new(ChatRole.System, DecisionPrompt.System(journey, await DeclarationsAsync(journey, cancellationToken))),
            new(ChatRole.User, DecisionPrompt.User(journey, contact, log, now)),
        ];
        var options = new ChatOptions { Temperature = 0.2f, ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema, DecisionSchema.Name) };
        string? problem = null;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            ChatResponse response;
            try
            {
                response = await client.GetResponseAsync(messages, options, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new DeciderAnswer(null, provider.Describe(ex), model) { ProviderFailed = true };
            }
            var (value, jsonProblem) = JsonAnswer.Read(response.Text, null);
            var (decision, shapeProblem) = jsonProblem is null ? DecisionReader.Read(value) : (null, jsonProblem);
            if (decision is not null)
            {
                return new DeciderAnswer(decision, null, response.ModelId ?? model);
            }
            problem = shapeProblem;
            messages.AddRange(response.Messages);
            messages.Add(new ChatMessage(ChatRole.User, $"{problem} Answer again with only the decision JSON, nothing else."));
        }
        return new DeciderAnswer(null, $"The model's answer was not a usable decision: {problem}", model);
    }

    /// <summary>The app's actions, and the workflows the journey may run described by their names, so the model knows what each does.</summary>
    private async Task<Func<string, ActionDeclaration?>> DeclarationsAsync(JourneyDefinition journey, CancellationToken cancellationToken)
    {
        var called = WorkflowCall.WorkflowIdsIn(journey);
        if (called.Count == 0)
        {
            return catalog.FindDeclaration;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workflows = await db.Workflows.AsNoTracking().Where(w => called.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => (w.Name, w.Description), cancellationToken);
        return action => WorkflowCall.WorkflowIdOf(action) is not { } id ? catalog.FindDeclaration(action)
            : workflows.TryGetValue(id, out var workflow) ? WorkflowCall.Declaration(action, workflow.Name, workflow.Description)
            : WorkflowCall.Declaration(action);
    }
}
