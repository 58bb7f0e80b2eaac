using Workflows.Engine.Diff;

namespace Workflows.Blazor.Editor.Canvas;

/// <summary>What is painted over the diagram: a run's path, a comparison, validation problems, or the funnel of many runs.</summary>
public sealed record CanvasOverlay
{
    public static CanvasOverlay None { get; } = new();

    public IReadOnlyDictionary<string, NodeRunState> Runs { get; init; } = new Dictionary<string, NodeRunState>();

    /// <summary>How many times each step ran, shown when more than once (loop bodies, retries).</summary>
    public IReadOnlyDictionary<string, int> RunCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>How many times the run followed each link, by <see cref="LinkKey"/>.</summary>
    public IReadOnlyDictionary<string, int> LinkCounts { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, ChangeKind> Changes { get; init; } = new Dictionary<string, ChangeKind>();

    public IReadOnlyDictionary<string, ProblemCount> Problems { get; init; } = new Dictionary<string, ProblemCount>();

    /// <summary>A line written under a node about the run: why a condition went its way, or that the run ended there.</summary>
    public IReadOnlyDictionary<string, string> Notes { get; init; } = new Dictionary<string, string>();

    /// <summary>True when the diagram shows a funnel: <see cref="Reach"/> above every node and <see cref="Passed"/> on every link, zeros included.</summary>
    public bool Funnel { get; init; }

    /// <summary>How many contacts reached each step, by step.</summary>
    public IReadOnlyDictionary<string, long> Reach { get; init; } = new Dictionary<string, long>();

    /// <summary>How many contacts passed each link, by <see cref="LinkKey"/>.</summary>
    public IReadOnlyDictionary<string, long> Passed { get; init; } = new Dictionary<string, long>();

    public static string LinkKey(string from, string port) => $"{from}:{port}";

    /// <summary>Marks the steps of the newer workflow that a comparison found added or changed.</summary>
    public static CanvasOverlay FromDiff(WorkflowDiff diff) => new()
    {
        Changes = diff.Steps.Where(s => s.Kind != ChangeKind.Removed).ToDictionary(s => s.Slug, s => s.Kind),
    };
}
