using Workflows.Blazor.Experiments;

namespace Workflows.Blazor.Tests.Experiments;

/// <summary>A period is read from the rollup for its whole hours and from the runs for its ends: the parts cover it exactly.</summary>
public sealed class StatsHoursTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Split_GivesTheWholeHours_AndTheEndsShorterThanAnHour()
    {
        var (whole, ends) = StatsHours.Split(new StatsPeriod(Noon.AddMinutes(-20), Noon.AddHours(3).AddMinutes(5)));

        Assert.Equal(new StatsPeriod(Noon, Noon.AddHours(3)), whole);
        Assert.Equal([new StatsPeriod(Noon.AddMinutes(-20), Noon), new StatsPeriod(Noon.AddHours(3), Noon.AddHours(3).AddMinutes(5))], ends);
    }

    [Fact]
    public void Split_ReadsAnOpenOrHourAlignedPeriod_FromTheRollupAlone()
    {
        Assert.Equal((StatsPeriod.All, 0), Parts(StatsPeriod.All));
        Assert.Equal((new StatsPeriod(Noon, null), 0), Parts(new StatsPeriod(Noon, null)));
    }

    [Fact]
    public void Split_ReadsAPeriodInsideOneHour_FromTheRunsAlone()
    {
        var period = new StatsPeriod(Noon.AddMinutes(5), Noon.AddMinutes(50));

        var (whole, ends) = StatsHours.Split(period);

        Assert.Null(whole);
        Assert.Equal([period], ends);
    }

    private static (StatsPeriod? Whole, int Ends) Parts(StatsPeriod period) =>
        StatsHours.Split(period) is var (whole, ends) ? (whole, ends.Count) : default;
}
