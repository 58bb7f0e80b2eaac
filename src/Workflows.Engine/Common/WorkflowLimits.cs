namespace Workflows.Engine.Common;

/// <summary>
/// Caps on what an outsider's workflow or data may make the engine hold or produce, so no input
/// can exhaust the process. Bound from the <c>Limits</c> section of appsettings.json.
/// </summary>
public sealed record WorkflowLimits
{
    public static WorkflowLimits Default { get; } = new();

    /// <summary>Steps a workflow may have; a larger one is refused before it is stored.</summary>
    public int MaxStepsPerWorkflow { get; init; } = 2_000;

    /// <summary>Characters of JSON a step's output may have (an LLM step's answer included); beyond it the step fails.</summary>
    public int MaxStepOutputChars { get; init; } = 1_000_000;

    /// <summary>Characters of JSON a run's variables may have together; a step that would pass it fails.</summary>
    public int MaxVariablesChars { get; init; } = 1_000_000;

    /// <summary>
    /// Characters one template may render into one value (an email body, a parameter, a prompt); a template
    /// that would render more, or repeat its sections more often, fails its step instead.
    /// </summary>
    public int MaxRenderedChars { get; init; } = 1_000_000;
}
