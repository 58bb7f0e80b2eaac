using Microsoft.Extensions.AI;

namespace Workflows.Blazor.Ai;

/// <summary>The provider for one use: its settings, and either a client to call or the problem that keeps it from being called.</summary>
public sealed record AiProvider(AiOptions Options, IChatClient? Client, string? Problem)
{
    public string Where => Options.UsesOpenAi ? "OpenAI" : Options.Endpoint!;

    /// <summary>A failed call, said so that the user knows what to check.</summary>
    public string Describe(Exception failure) => $"The AI provider ({Where}, model {Options.Model}) did not answer: {ProviderErrors.Explain(failure, Options)}";
}
