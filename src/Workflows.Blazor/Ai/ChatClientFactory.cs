using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Workflows.Blazor.Ai;

/// <summary>Builds the provider's <see cref="IChatClient"/> from <see cref="AiOptions"/>, with nothing else of the app.</summary>
public static class ChatClientFactory
{
    /// <summary>Local servers ignore the key, but the OpenAI client wants one.</summary>
    private const string UnusedKey = "unused";

    public static IChatClient Create(AiOptions options)
    {
        if (options.FindProblem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        var clientOptions = new OpenAIClientOptions();
        if (!options.UsesOpenAi)
        {
            clientOptions.Endpoint = new Uri(options.Endpoint!);
        }
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? UnusedKey : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.Model).AsIChatClient();
    }
}
