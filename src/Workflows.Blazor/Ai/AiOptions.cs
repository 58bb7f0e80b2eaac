namespace Workflows.Blazor.Ai;

/// <summary>
/// The AI provider, from the <c>AI</c> section of appsettings.json (or <c>AI__Endpoint</c>, <c>AI__Model</c>, <c>AI__ApiKey</c>).
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
            return "No AI provider is configured. Set AI:Endpoint, AI:Model and AI:ApiKey in appsettings.json (or the AI__Endpoint, AI__Model " +
                "and AI__ApiKey environment variables), or give this step a testOutput for test runs.";
        }
        if (string.IsNullOrWhiteSpace(Model))
        {
            return "The AI provider has no model: set AI:Model in appsettings.json (or AI__Model), e.g. gpt-4o-mini or llama3.1.";
        }
        if (UsesOpenAi && string.IsNullOrWhiteSpace(ApiKey))
        {
            return "OpenAI needs an API key: set AI:ApiKey in appsettings.json (or AI__ApiKey), or set AI:Endpoint to a local OpenAI-compatible server.";
        }
        if (!UsesOpenAi && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            return $"AI:Endpoint '{Endpoint}' is not an absolute URL, e.g. http://localhost:11434/v1 for Ollama.";
        }
        return null;
    }
}
