namespace Workflows.Blazor.Security;

/// <summary>A key a request sent that is one of this app's: what the request needs of it, and when it was last marked used.</summary>
public sealed record FoundApiKey(string Id, string Name, DateTimeOffset? LastUsedAt);
