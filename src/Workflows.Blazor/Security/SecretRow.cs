namespace Workflows.Blazor.Security;

/// <summary>A secret as the settings list shows it: its name and last change, never its value.</summary>
public sealed record SecretRow(string Name, DateTimeOffset UpdatedAt, string? UpdatedBy);
