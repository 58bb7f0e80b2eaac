namespace Workflows.Blazor.Inbox;

/// <summary>
/// One line of the data a reviewer sees: a label and its value as text, indented by <paramref name="Depth"/>.
/// A row whose <paramref name="Text"/> is null heads the nested rows or list items below it.
/// </summary>
public sealed record ApprovalDataRow(int Depth, string Label, string? Text, bool IsListItem = false);
