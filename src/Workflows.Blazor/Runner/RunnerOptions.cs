namespace Workflows.Blazor.Runner;

/// <summary>The <c>Runner</c> section of appsettings.json.</summary>
public sealed class RunnerOptions
{
    /// <summary>How many executions run at once.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>How many due timers or schedules one tick of the scheduler handles at most.</summary>
    public int DueBatchSize { get; set; } = 500;
}
