namespace Workflows.Blazor.Store;

/// <summary>A member of staff who owns customers.</summary>
public sealed record AccountManager(string Id, string Name, string Email);
