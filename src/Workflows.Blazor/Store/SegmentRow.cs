namespace Workflows.Blazor.Store;

/// <summary>A customer segment: its rule (a condition) and its place among the others.</summary>
public sealed record SegmentRow(string Id, string Name, string Expression, int Priority, bool IsEnabled);
