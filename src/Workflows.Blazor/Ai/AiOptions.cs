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
            return "No AI provider is configured yet. An admin sets one up in Settings → AI; if you are not an admin, ask one.";
        }
        if (string.IsNullOrWhiteSpace(Model))
        {
            return "The AI provider has no model yet. An admin chooses one in Settings → AI, such as gpt-4o-mini or llama3.1.";
        }
        if (UsesOpenAi && string.IsNullOrWhiteSpace(ApiKey))
        {
            return "OpenAI needs an API key. An admin adds it in Settings → AI, or points the AI at a local server instead.";
        }
        if (!UsesOpenAi && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            return $"The AI server address '{Endpoint}' is not a full web address. An admin corrects it in Settings → AI, e.g. http://localhost:11434/v1 for Ollama.";
        }
        return null;
    }
}
