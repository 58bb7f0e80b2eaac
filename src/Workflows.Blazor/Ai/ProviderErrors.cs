using System.ClientModel;
using System.Net.Sockets;

namespace Workflows.Blazor.Ai;

/// <summary>Why a call to the AI provider failed, in words that say what to check rather than a client library's message.</summary>
public static class ProviderErrors
{
    public static string Explain(Exception failure, AiOptions options) => failure switch
    {
        ClientResultException { Status: 401 or 403 } => $"it refused the API key ({Status(failure)}). Check the key{(options.UsesOpenAi ? " on platform.openai.com" : "")}.",
        ClientResultException { Status: 404 } => $"it does not know the model '{options.Model}' or the address ({Status(failure)}). " +
            "Check the model name; an OpenAI-compatible endpoint usually ends in /v1.",
        ClientResultException { Status: 429 } => $"it is rate-limited or out of credit ({Status(failure)}). Try again later or check the account.",
        ClientResultException { Status: >= 500 } => $"it had an internal error ({Status(failure)}). Try again later.",
        // The client retries a refused connection and reports all tries at once, wrapped.
        _ when Find<SocketException>(failure) is not null =>
            $"nothing answers at {(options.UsesOpenAi ? "OpenAI" : options.Endpoint)}. Is the server running and the address right?",
        TaskCanceledException or TimeoutException => "it took too long to answer. Check that the server is up and the model is loaded.",
        ClientResultException => $"{Status(failure)}: {failure.Message}",
        _ => failure.Message,
    };

    private static string Status(Exception failure) => failure is ClientResultException { Status: > 0 } result ? $"HTTP {result.Status}" : "no answer";

    private static T? Find<T>(Exception? failure) where T : Exception
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is T found)
            {
                return found;
            }
        }
        return null;
    }
}
