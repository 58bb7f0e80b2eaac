namespace Workflows.Engine.Model;

/// <summary>The top-left corner of a step's node on the editor canvas.</summary>
public sealed record CanvasPosition(double X, double Y);
