namespace Workflows.Engine.Experiments;

/// <summary>What a comparison of a path with its control says.</summary>
public enum ExperimentVerdict
{
    /// <summary>Too few contacts or conversions on one side for the test to mean anything yet.</summary>
    NotEnoughData,

    /// <summary>The paths' rates differ by no more than chance explains.</summary>
    NoClearDifference,

    Better,

    Worse,
}
