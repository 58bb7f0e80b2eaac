namespace Workflows.Engine.Editing;

/// <summary>Why the editor refuses to draw a link.</summary>
public enum ConnectionProblem
{
    UnknownStep,
    LinkToSelf,
    UnknownPort,
    PortInUse,
    TargetIsTrigger,
    CycleWithoutLoop,
}
