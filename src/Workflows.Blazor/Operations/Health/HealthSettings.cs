namespace Workflows.Blazor.Operations.Health;

/// <summary>The <c>Health</c> section: when <c>/health/ready</c> calls a part of the app unwell.</summary>
public sealed record HealthSettings
{
    public const string Section = "Health";

    /// <summary>The scheduler is late when its last pass began longer ago than this.</summary>
    public int SchedulerLateSeconds { get; init; } = 60;

    /// <summary>The workers are stuck when all are busy, runs wait, and none took up or finished a run for this long.</summary>
    public int WorkersStuckMinutes { get; init; } = 15;

    /// <summary>The outbox is backing up when a message has waited to leave for longer than this.</summary>
    public int OutboxLateMinutes { get; init; } = 10;

    /// <summary>Less free space than this on the database's disk makes the app not ready.</summary>
    public int MinFreeDiskMegabytes { get; init; } = 500;
}
