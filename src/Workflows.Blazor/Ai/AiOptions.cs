namespace Workflows.Blazor.Ai;

/// <summary>
/// The AI provider, from the <c>AI</c> section of appsettings.json (or <c>AI__Endpoint</c>, <c>AI__Model</c>, <c>AI__ApiKey</c>),
/// overridden by the Settings page (see <see cref="AiSettings"/>).
/// An empty endpoint means OpenAI itself; any other endpoint is an OpenAI-compatible server such as Ollama, vLLM or LM Studio.
/// </summary>
public sealed class AiOptions
{
    public const string Section = "AI";

    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    public bool UsesOpenAi => string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>True once an endpoint or a key is set: the user meant to configure a provider.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) || !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>What is missing, as a sentence a user can act on; null when the provider can be called.</summary>
    public string? FindProblem()
    {
        if (!IsConfigured)
        {
            return "No AI provider is configured. An admin sets one in Settings → AI, or in appsettings.json as AI:Endpoint, AI:Model and " +
                "AI:ApiKey (or the AI__Endpoint, AI__Model and AI__ApiKey environment variables).";
        }
        if (string.IsNullOrWhiteSpace(Model))
        {
            return "The AI provider has no model: set one in Settings → AI or as AI:Model in appsettings.json, e.g. gpt-4o-mini or llama3.1.";
        }
        if (UsesOpenAi && string.IsNullOrWhiteSpace(ApiKey))
        {
            return "OpenAI needs an API key: set it in Settings → AI or as AI:ApiKey in appsettings.json, or set the endpoint to a local OpenAI-compatible server.";
        }
        if (!UsesOpenAi && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            return $"The AI endpoint '{Endpoint}' is not an absolute URL, e.g. http://localhost:11434/v1 for Ollama.";
        }
        return null;
    }
}
