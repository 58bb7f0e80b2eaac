namespace Workflows.Blazor.Editor;

/// <summary>What one of the editor's buttons came to: what to tell the user, in order, and what the page shows next.</summary>
public sealed record EditorOutcome
{
    public IReadOnlyList<EditorNotice> Notices { get; init; } = [];

    /// <summary>The draft has errors, or the store refused it for them: the Problems tab lists them.</summary>
    public bool ShowProblems { get; init; }

    /// <summary>Whether the workflow is active now, when the button changed it.</summary>
    public bool? Active { get; init; }

    /// <summary>The version that runs now, when the button activated one.</summary>
    public int? ActiveVersion { get; init; }

    /// <summary>The test run the button started.</summary>
    public string? TestRunId { get; init; }
}
