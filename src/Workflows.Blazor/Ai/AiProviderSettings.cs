namespace Workflows.Blazor.Ai;

/// <summary>The AI provider as set on the Settings page; empty values fall back to appsettings.json. The key is the secret <see cref="ApiKeySecret"/>.</summary>
public sealed record AiProviderSettings
{
    public const string ApiKeySecret = "ai_api_key";

    public string? Endpoint { get; init; }

    public string? Model { get; init; }
}
