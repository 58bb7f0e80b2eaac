namespace Workflows.Blazor.Components.Pages.Data;

/// <summary>One field of the edit dialog: its name in the record, its label, its value and, for a choice, its options.</summary>
public sealed record EditField(string Name, string Label, string Value, IReadOnlyList<string>? Options = null, bool IsNumber = false);
