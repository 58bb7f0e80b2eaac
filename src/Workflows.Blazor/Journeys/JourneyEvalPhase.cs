namespace Workflows.Blazor.Journeys;

/// <summary>Where the page's eval job is: never started, running, or how the last session ended.</summary>
public enum JourneyEvalPhase
{
    Idle,
    Running,
    Finished,
    Cancelled,
    Failed,
}
