namespace Workflows.Blazor.Components.Canvas;

/// <summary>How a step differs from the version it is compared with.</summary>
public enum StepChange
{
    None,
    Added,
    Changed,
    Removed,
}
