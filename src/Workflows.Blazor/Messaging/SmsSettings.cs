namespace Workflows.Blazor.Messaging;

/// <summary>
/// The SMS provider: an HTTP endpoint that takes <c>POST {"to","body"}</c>. The value of its auth header
/// is the secret <see cref="AuthSecret"/>.
/// </summary>
public sealed record SmsSettings
{
    public const string AuthSecret = "sms_provider_auth";

    public string? ProviderUrl { get; init; }

    public string AuthHeader { get; init; } = "Authorization";

    /// <summary>True when SMS goes to the provider; otherwise it stays in the outbox.</summary>
    public bool ProviderConfigured => !string.IsNullOrWhiteSpace(ProviderUrl);
}
