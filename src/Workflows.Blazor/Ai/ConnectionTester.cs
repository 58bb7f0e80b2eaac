using System.Diagnostics;
using Microsoft.Extensions.AI;

namespace Workflows.Blazor.Ai;

/// <summary>The Settings page's "Test connection": one tiny chat request to the provider in effect.</summary>
public sealed class ConnectionTester(LlmClientSource clients)
{
    /// <summary>Long enough for a local server to load a model, short enough that a user waits for it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<ConnectionCheck> CheckAsync(CancellationToken cancellationToken = default)
    {
        var provider = await clients.GetAsync(cancellationToken);
        if (provider.Problem is { } problem)
        {
            return new ConnectionCheck(false, null, TimeSpan.Zero, problem);
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await provider.Client!.GetResponseAsync(
                [new ChatMessage(ChatRole.User, "Reply with the single word: ok")], new ChatOptions { MaxOutputTokens = 5 }, limit.Token);
            return new ConnectionCheck(true, response.ModelId ?? provider.Options.Model, clock.Elapsed, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = ex is OperationCanceledException ? new TimeoutException() : ex;
            return new ConnectionCheck(false, null, clock.Elapsed, provider.Describe(failure));
        }
    }
}
