using Workflows.Engine.Journeys;

namespace Workflows.Engine.Tests.Journeys;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Night = new(new TimeOnly(21, 0), new TimeOnly(8, 0), "Europe/Berlin");

    [Theory]
    [InlineData(19, 59, false)] // 20:59 Berlin
    [InlineData(20, 0, true)]   // 21:00 Berlin
    [InlineData(23, 30, true)]  // 00:30 Berlin
    [InlineData(6, 59, true)]   // 07:59 Berlin
    [InlineData(7, 0, false)]   // 08:00 Berlin
    public void Contains_SpansMidnight_InTheWindowsTimeZone(int utcHour, int minute, bool expected)
    {
        Assert.Equal(expected, Night.Contains(new DateTimeOffset(2026, 11, 23, utcHour, minute, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void NextAllowed_IsTheMomentItself_OutsideTheWindow()
    {
        var noon = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(noon, Night.NextAllowed(noon));
    }

    [Fact]
    public void NextAllowed_IsTheSameMorning_AfterMidnight()
    {
        var early = new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero), Night.NextAllowed(early));
    }

    [Fact]
    public void NextAllowed_FollowsTheOffset_InSummerTime()
    {
        var summerNight = new DateTimeOffset(2026, 7, 1, 21, 0, 0, TimeSpan.Zero); // 23:00 CEST

        Assert.Equal(new DateTimeOffset(2026, 7, 2, 6, 0, 0, TimeSpan.Zero), Night.NextAllowed(summerNight));
    }

    [Fact]
    public void FindProblem_NamesAnUnknownTimeZone()
    {
        Assert.Contains("'Mars/Olympus' is not a time zone", new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), "Mars/Olympus").FindProblem());
    }
}
