namespace Workflows.Blazor.Components.Canvas;

/// <summary>A shortcut pressed while the canvas has focus, e.g. <c>z</c> with Ctrl.</summary>
public sealed record CanvasKey(string Key, bool Ctrl, bool Shift);
