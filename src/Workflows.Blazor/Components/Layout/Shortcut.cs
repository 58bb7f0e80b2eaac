namespace Workflows.Blazor.Components.Layout;

/// <summary>A key or key combination and what it does, as the shortcuts sheet lists it.</summary>
public sealed record Shortcut(string Keys, string Does);
