using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using Workflows.Blazor.Components.Editor.Schedules;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Components.Editor;
using Workflows.Engine.Editing.Schedules;

namespace Workflows.Blazor.Tests.Editor;

public sealed class ScheduleBuilderTests : ComponentTest
{
    private readonly List<string?> _crons = [];
    private readonly List<string?> _zones = [];

    public ScheduleBuilderTests() =>
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero)));

    private IRenderedComponent<ScheduleBuilder> Builder(string? cron, string? zone) => Render<ScheduleBuilder>(p => p
        .Add(c => c.Cron, cron)
        .Add(c => c.TimeZone, zone)
        .Add(c => c.OnCronChanged, text => _crons.Add(text))
        .Add(c => c.OnTimeZoneChanged, text => _zones.Add(text)));

    [Fact]
    public void Builder_ShowsTheRule_AndTheNextFiveRunsInTheZone()
    {
        var cut = Builder("0 9 * * 1", "America/New_York");

        Assert.Equal("Every week", cut.Find("input[data-testid=schedule-frequency]").GetAttribute("value"));
        Assert.Contains(cut.FindAll(".grow input"), input => input.GetAttribute("value") == "Monday");
        Assert.Equal("09:00", cut.Find("input[data-testid=schedule-time]").GetAttribute("value"));
        Assert.Equal(
            ["Monday 7 December 2026 at 9:00", "Monday 14 December 2026 at 9:00", "Monday 21 December 2026 at 9:00",
             "Monday 28 December 2026 at 9:00", "Monday 4 January 2027 at 9:00"],
            cut.FindAll("[data-testid=schedule-upcoming] li").Select(li => li.TextContent));
        Assert.Empty(cut.FindAll("input[data-testid=schedule-cron]"));
    }

    [Fact]
    public void Builder_WritesCron_WhenTheFrequencyOrTimeChanges()
    {
        var cut = Builder("0 9 * * 1", "UTC");

        cut.InvokeAsync(() => cut.FindComponent<MudSelect<ScheduleFrequency>>().Instance.ValueChanged.InvokeAsync(ScheduleFrequency.EveryWeekday));
        cut.Find("input[data-testid=schedule-time]").Change("17:30");

        Assert.Equal(["0 9 * * 1-5", "30 17 * * 1"], _crons);
    }

    [Fact]
    public void Builder_WritesTheTimeZone_WhenOneIsChosen()
    {
        var cut = Builder("0 9 * * *", null);

        Assert.Equal("UTC", cut.Find("input[data-testid=schedule-zone]").GetAttribute("value"));
        cut.InvokeAsync(() => cut.FindComponent<MudAutocomplete<string>>().Instance.ValueChanged.InvokeAsync("Europe/Paris"));

        Assert.Equal(["Europe/Paris"], _zones);
    }

    [Fact]
    public void Builder_OpensAsCron_WhenTheScheduleHasNoRule_AndStillShowsTheNextRuns()
    {
        var cut = Builder("*/15 * * * *", "UTC");

        Assert.Contains("shown as cron", cut.Find("[data-testid=schedule-as-cron]").TextContent);
        Assert.Equal("*/15 * * * *", cut.Find("input[data-testid=schedule-cron]").GetAttribute("value"));
        Assert.Equal("Thursday 3 December 2026 at 2:15", cut.FindAll("[data-testid=schedule-upcoming] li")[0].TextContent);
        Assert.Empty(cut.FindAll("input[data-testid=schedule-frequency]"));
    }

    [Fact]
    public void Builder_SaysWhatIsWrong_WhenTheCronDoesNotParse()
    {
        var cut = Builder("every monday", "UTC");

        Assert.Contains("is not a cron expression", cut.Find("[data-testid=schedule-upcoming]").TextContent);
    }

    [Fact]
    public void Builder_KeepsTypingInTheBrowser_InItsTimeAndCronBoxes()
    {
        Assert.Empty(KeystrokeFreeBoxes.Offenders(Builder("0 9 * * 1", "UTC"), "schedule-time"));
        Assert.Empty(KeystrokeFreeBoxes.Offenders(Builder("*/15 * * * *", "UTC"), "schedule-cron"));
    }

    [Fact]
    public void Builder_WritesTheTypedCron_WhenItIsCommitted()
    {
        var cut = Builder("*/15 * * * *", "UTC");

        cut.Find("input[data-testid=schedule-cron]").Change("*/30 * * * *");

        Assert.Equal(["*/30 * * * *"], _crons);
    }
}
