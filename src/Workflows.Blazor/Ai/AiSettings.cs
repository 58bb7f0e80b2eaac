using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Ai;

/// <summary>
/// The AI provider in effect: appsettings.json's <c>AI</c> section, overridden by what an admin saved on the Settings page.
/// Read on every use, so a change applies to the next call without a restart. The API key is kept encrypted as a secret.
/// </summary>
public sealed class AiSettings(JsonSettings settings, SecretCommands secretCommands, SecretQueries secrets, IOptionsMonitor<AiOptions> configured)
{
    public const string Key = "ai_provider";

    /// <summary>What appsettings.json (or AI__ variables) say, before the Settings page.</summary>
    public AiOptions Configured => configured.CurrentValue;

    public Task<AiProviderSettings> GetSavedAsync(CancellationToken cancellationToken = default) =>
        settings.ReadAsync<AiProviderSettings>(Key, cancellationToken);

    public async Task<bool> HasSavedKeyAsync(CancellationToken cancellationToken = default) =>
        (await secrets.ListAsync(cancellationToken)).Any(s => s.Name == AiProviderSettings.ApiKeySecret);

    public async Task<AiOptions> GetEffectiveAsync(CancellationToken cancellationToken = default)
    {
        var saved = await GetSavedAsync(cancellationToken);
        var key = await secrets.RevealAsync(AiProviderSettings.ApiKeySecret, cancellationToken);
        var baseline = configured.CurrentValue;
        return new AiOptions
        {
            Endpoint = Pick(saved.Endpoint, baseline.Endpoint),
            Model = Pick(saved.Model, baseline.Model),
            ApiKey = Pick(key, baseline.ApiKey),
        };
    }

    /// <summary>Saves endpoint and model (empty ones fall back to appsettings.json), and the key when one is given (null keeps the stored one).</summary>
    public async Task SaveAsync(AiProviderSettings provider, string? apiKey, string changedBy, CancellationToken cancellationToken = default)
    {
        await settings.WriteAsync(Key, provider with { Endpoint = Trimmed(provider.Endpoint), Model = Trimmed(provider.Model) }, changedBy, cancellationToken);
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            await secretCommands.SetAsync(AiProviderSettings.ApiKeySecret, apiKey.Trim(), changedBy, cancellationToken);
        }
    }

    /// <summary>Forgets the stored key; appsettings.json's key, if any, applies again.</summary>
    public Task ClearKeyAsync(string changedBy, CancellationToken cancellationToken = default) =>
        secretCommands.DeleteAsync(AiProviderSettings.ApiKeySecret, changedBy, cancellationToken);

    private static string? Pick(string? saved, string? configured) => string.IsNullOrWhiteSpace(saved) ? configured : saved;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
