using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Workflows.Blazor.Ai;

/// <summary>
/// The chat client LLM steps call: the configured provider with function invocation on top, built once per
/// provider setting and rebuilt when the <c>AI</c> settings change.
/// </summary>
public sealed class LlmClientSource(IOptionsMonitor<AiOptions> options, ILoggerFactory loggers)
{
    /// <summary>Tool-call rounds one LLM call may take before the model must answer.</summary>
    public const int MaxToolRounds = 8;

    private readonly Lock _gate = new();
    private (string Key, IChatClient Client)? _current;

    public AiOptions Options => options.CurrentValue;

    public IChatClient Get()
    {
        var settings = options.CurrentValue;
        var key = $"{settings.Endpoint}\n{settings.Model}\n{settings.ApiKey}";
        lock (_gate)
        {
            if (_current is not { } current || current.Key != key)
            {
                var client = new ChatClientBuilder(ChatClientFactory.Create(settings))
                    .UseFunctionInvocation(loggers, invoker => invoker.MaximumIterationsPerRequest = MaxToolRounds)
                    .Build();
                _current = (key, client);
            }
            return _current.Value.Client;
        }
    }
}
