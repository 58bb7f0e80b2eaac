namespace Workflows.Blazor.Store;

/// <summary>A customer offered in a picker: enough to tell people apart and to use the id.</summary>
public sealed record CustomerChoice(string Id, string Name, string Email);
