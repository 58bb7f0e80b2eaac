namespace Workflows.Blazor.Runner;

/// <summary>The <c>Runner</c> section of appsettings.json.</summary>
public sealed class RunnerOptions
{
    /// <summary>How many executions run at once.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>How many journey decisions (model calls) run at once; lower it for a rate-limited model.</summary>
    public int JourneyDecisions { get; set; } = 4;

    /// <summary>
    /// How long a journey contact stays claimed by the process running its actions or asking the model for it, unless
    /// renewed; a process that stopped mid-way loses the claim after this and another carries on.
    /// </summary>
    public int JourneyLeaseSeconds { get; set; } = 60;

    /// <summary>
    /// How long an app instance's lease (its claim on the runs it runs, and on the jobs it leads) lasts unless renewed,
    /// which it is three times in that time. Instances sharing a PostgreSQL database take over what a stopped one held
    /// after this.
    /// </summary>
    public int InstanceLeaseSeconds { get; set; } = 30;

    /// <summary>How many due timers or schedules one tick of the scheduler handles at most.</summary>
    public int DueBatchSize { get; set; } = 500;

    /// <summary>Finished runs older than this many days are deleted; 0 keeps them forever.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>At most this many finished runs are kept per workflow, newest first; 0 means no limit.</summary>
    public int RetentionPerWorkflow { get; set; }

    /// <summary>
    /// Whether the every-second tick runs the due-work passes (timers, schedules, journeys). Off only where the host
    /// runs the passes itself, as tests under a fake clock do.
    /// </summary>
    public bool SchedulerTick { get; set; } = true;

    /// <summary>
    /// Whether the runs that start requests hand in at the same moment are stored in one transaction (each request answered
    /// once it committed); off, each request commits its own. On by default; off is for comparing the two.
    /// </summary>
    public bool GroupCommit { get; set; } = true;
}
