namespace Workflows.Blazor.Security;

/// <summary>An API key as the settings list shows it: its name and prefix, never its hash.</summary>
public sealed record ApiKeyRow(string Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
