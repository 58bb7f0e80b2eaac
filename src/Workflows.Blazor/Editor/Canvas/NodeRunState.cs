namespace Workflows.Blazor.Editor.Canvas;

/// <summary>How a step fared in the run shown on the canvas.</summary>
public enum NodeRunState
{
    None,
    Completed,
    Failed,
    Waiting,
    Running,
}
