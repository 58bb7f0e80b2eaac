using Workflows.Engine.Editing.Schedules;

namespace Workflows.Engine.Tests.Editing;

public sealed class ScheduleRuleTests
{
    [Theory]
    [InlineData("0 9 * * *")]
    [InlineData("30 17 * * 1-5")]
    [InlineData("0 9 * * 1")]
    [InlineData("15 6 * * 0")]
    [InlineData("0 0 1 * *")]
    [InlineData("45 23 31 * *")]
    public void ToCron_GivesTheSameText_ForEveryScheduleTheBuilderShows(string cron)
    {
        var rule = ScheduleRule.FromCron(cron);

        Assert.NotNull(rule);
        Assert.Equal(cron, rule.ToCron());
    }

    [Theory]
    [InlineData("0 9 * * *", "Every day at 9:00")]
    [InlineData("0 9 * * 1", "Every Monday at 9:00")]
    [InlineData("0 0 1 * *", "Every month on the 1st at 0:00")]
    [InlineData("30 17 * * 1-5", "Every weekday (Monday to Friday) at 17:30")]
    [InlineData("0 8 22 * *", "Every month on the 22nd at 8:00")]
    [InlineData("0 8 12 * *", "Every month on the 12th at 8:00")]
    public void Describe_SaysTheScheduleInWords(string cron, string words)
    {
        Assert.Equal(words, ScheduleRule.FromCron(cron)!.Describe());
    }

    [Theory]
    [InlineData("0 9 * * MON", DayOfWeek.Monday)]
    [InlineData("0 9 * * sun", DayOfWeek.Sunday)]
    [InlineData("0 9 * * 7", DayOfWeek.Sunday)]
    public void FromCron_ReadsDayNamesAndSeven_AsWeekDays(string cron, DayOfWeek day)
    {
        Assert.Equal(new ScheduleRule(ScheduleFrequency.EveryWeek, new TimeOnly(9, 0), day), ScheduleRule.FromCron(cron));
    }

    [Theory]
    [InlineData("0 * * * *")]
    [InlineData("*/15 * * * *")]
    [InlineData("0 9 * * 1,3")]
    [InlineData("0 9 1 1 *")]
    [InlineData("0 9 1 * 1")]
    [InlineData("0 0 9 * * *")]
    [InlineData("09 9 * * *")]
    [InlineData("0 24 * * *")]
    [InlineData("0 9 32 * *")]
    [InlineData("")]
    [InlineData(null)]
    public void FromCron_IsNull_ForCronTheBuilderCannotShow(string? cron)
    {
        Assert.Null(ScheduleRule.FromCron(cron));
    }

    [Fact]
    public void ToCron_WritesEachFrequency()
    {
        var time = new TimeOnly(7, 5);

        Assert.Equal("5 7 * * *", new ScheduleRule(ScheduleFrequency.EveryDay, time).ToCron());
        Assert.Equal("5 7 * * 1-5", new ScheduleRule(ScheduleFrequency.EveryWeekday, time).ToCron());
        Assert.Equal("5 7 * * 5", new ScheduleRule(ScheduleFrequency.EveryWeek, time, DayOfWeek.Friday).ToCron());
        Assert.Equal("5 7 15 * *", new ScheduleRule(ScheduleFrequency.EveryMonth, time, DayOfMonth: 15).ToCron());
    }
}
