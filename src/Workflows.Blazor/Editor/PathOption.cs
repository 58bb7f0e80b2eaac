namespace Workflows.Blazor.Editor;

/// <summary>A value a field may insert as <c>{{Path}}</c>, and where it comes from.</summary>
public sealed record PathOption(string Path, string Description);
