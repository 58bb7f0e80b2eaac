namespace Workflows.Blazor.Messaging;

/// <summary>
/// The push provider: an HTTP endpoint that takes <c>POST {"to","title","body","messageId"}</c>. The value of its auth
/// header, when it needs one, is the secret <see cref="AuthSecret"/>.
/// </summary>
public sealed record PushSettings
{
    public const string AuthSecret = "push_provider_auth";

    public string? ProviderUrl { get; init; }

    public string AuthHeader { get; init; } = "Authorization";

    /// <summary>True when push notifications go to the provider; otherwise they stay in the outbox.</summary>
    public bool ProviderConfigured => !string.IsNullOrWhiteSpace(ProviderUrl);
}
