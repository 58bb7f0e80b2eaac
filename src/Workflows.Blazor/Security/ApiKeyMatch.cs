namespace Workflows.Blazor.Security;

/// <summary>The stored key a request's key text matched: who it names, and when it was last noted as used.</summary>
public sealed record ApiKeyMatch(string Id, string Name, string Hash, DateTimeOffset? LastUsedAt);
