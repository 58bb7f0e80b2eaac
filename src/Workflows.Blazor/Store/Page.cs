namespace Workflows.Blazor.Store;

/// <summary>One page of a longer list, with how many there are in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
