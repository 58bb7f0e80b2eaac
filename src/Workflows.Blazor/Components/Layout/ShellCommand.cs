namespace Workflows.Blazor.Components.Layout;

/// <summary>One entry of the command palette: a page or workflow to open (<see cref="Href"/>) or an action to run.</summary>
public sealed record ShellCommand(string Title, string Group, string Icon, string? Href = null, Func<Task>? Run = null, string? Keys = null);
