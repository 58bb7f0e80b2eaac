using Workflows.Engine.Model;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>A palette item dropped on the canvas: what it adds and where.</summary>
public sealed record CanvasDrop(string Kind, CanvasPosition Position);
