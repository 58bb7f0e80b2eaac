using System.Diagnostics;
using Microsoft.Extensions.AI;
using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Ai;

/// <summary>
/// The chat client LLM steps and the assistant call: the provider in effect (appsettings.json, overridden on the Settings
/// page) with function invocation on top, built once per provider setting and rebuilt when the settings change. Every
/// round trip to the model, tool-call rounds included, is measured.
/// </summary>
public sealed class LlmClientSource(AiSettings settings, WorkflowMetrics metrics, ILoggerFactory loggers)
{
    /// <summary>Tool-call rounds one LLM call may take before the model must answer.</summary>
    public const int MaxToolRounds = 8;

    private readonly Lock _gate = new();
    private (string Key, IChatClient Client)? _current;

    /// <summary>The provider as it is set now; its <see cref="AiProvider.Problem"/> says what is missing when it cannot be called.</summary>
    public async Task<AiProvider> GetAsync(CancellationToken cancellationToken = default)
    {
        var options = await settings.GetEffectiveAsync(cancellationToken);
        return options.FindProblem() is { } problem ? new AiProvider(options, null, problem) : new AiProvider(options, ClientFor(options), null);
    }

    private IChatClient ClientFor(AiOptions options)
    {
        var key = $"{options.Endpoint}\n{options.Model}\n{options.ApiKey}";
        lock (_gate)
        {
            if (_current is not { } current || current.Key != key)
            {
                var client = new ChatClientBuilder(ChatClientFactory.Create(options))
                    .UseFunctionInvocation(loggers, invoker => invoker.MaximumIterationsPerRequest = MaxToolRounds)
                    .Use((messages, chatOptions, inner, cancellationToken) => MeasuredAsync(inner, messages, chatOptions, options.Model!, cancellationToken), null)
                    .Build();
                _current = (key, client);
            }
            return _current.Value.Client;
        }
    }

    private async Task<ChatResponse> MeasuredAsync(IChatClient inner, IEnumerable<ChatMessage> messages, ChatOptions? chatOptions, string model, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await inner.GetResponseAsync(messages, chatOptions, cancellationToken);
        metrics.ModelAnswered(response.ModelId ?? model, Stopwatch.GetElapsedTime(started), response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
        return response;
    }
}
