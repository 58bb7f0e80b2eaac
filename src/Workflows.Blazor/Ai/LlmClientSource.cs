using Microsoft.Extensions.AI;

namespace Workflows.Blazor.Ai;

/// <summary>
/// The chat client LLM steps and the assistant call: the provider in effect (appsettings.json, overridden on the Settings
/// page) with function invocation on top, built once per provider setting and rebuilt when the settings change.
/// </summary>
public sealed class LlmClientSource(AiSettings settings, ILoggerFactory loggers)
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
                    .Build();
                _current = (key, client);
            }
            return _current.Value.Client;
        }
    }
}
