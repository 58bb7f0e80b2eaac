namespace Workflows.Blazor.Experiments;

/// <summary>The runs a report counts: those that started at or after <see cref="From"/> and before <see cref="To"/>; either end may be open.</summary>
public sealed record StatsPeriod(DateTimeOffset? From, DateTimeOffset? To)
{
    public static StatsPeriod All { get; } = new(null, null);
}
