namespace Workflows.Blazor.Journeys;

/// <summary>A snapshot of the eval job for the page: the phase, who started it, how far it is, and how it ended.</summary>
public sealed record JourneyEvalStatus(JourneyEvalPhase Phase)
{
    public static readonly JourneyEvalStatus Idle = new(JourneyEvalPhase.Idle);

    public string? StartedBy { get; init; }

    public int Scenarios { get; init; }

    public int Trials { get; init; }

    /// <summary>The scenario and trial running now, or the scenario just scored.</summary>
    public EvalProgress? Progress { get; init; }

    /// <summary>The finished session's result.</summary>
    public EvalReport? Report { get; init; }

    /// <summary>Why it failed or what cancelling it left, as a sentence for the page.</summary>
    public string? Message { get; init; }

    public bool IsRunning => Phase == JourneyEvalPhase.Running;

    public int ScenariosDone => Progress is null ? 0 : Progress.Scored is null ? Progress.Number - 1 : Progress.Number;
}
