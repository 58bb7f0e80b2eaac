namespace Workflows.Blazor.Experiments;

/// <summary>How the stats rollup keeps up (<c>Stats</c> in appsettings.json).</summary>
public sealed class StatsSettings
{
    public const string Section = "Stats";

    /// <summary>
    /// A stats read counts at most this many new step records itself before answering; a longer backlog (the past runs after
    /// an upgrade) is left to the background fold, and the read answers from what is counted so far.
    /// </summary>
    public int FoldOnRead { get; set; } = 5_000;

    /// <summary>How many step records or conversions one fold transaction counts.</summary>
    public int BatchSize { get; set; } = 5_000;
}
