using MudBlazor;
using Workflows.Blazor.Components.Pages.SystemStatus;
using Workflows.Blazor.Components.Shared;
using Workflows.Blazor.Operations.Status;
using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Tests.Components.SystemStatus;

/// <summary>The System page's parts, drawn from given figures.</summary>
public sealed class SystemPartsTests : ComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private static readonly Backlog NothingWaits = new(0, 0, TimeSpan.Zero, 0, TimeSpan.Zero, 0);

    [Fact]
    public void Facts_ShowVersionCommitUptimeAndSizes_InWords()
    {
        var overview = new SystemOverview("1.4.0", "3f2a9c1", Now.AddHours(-3).AddMinutes(-5), 5_767_168, 800L * 1024 * 1024, NothingWaits);

        var cut = Render<SystemFacts>(p => p.Add(x => x.Overview, overview).Add(x => x.Now, Now));

        Assert.Contains("1.4.0", cut.Find("[data-testid=system-version]").TextContent);
        Assert.Contains("built from commit 3f2a9c1", cut.Find("[data-testid=system-version]").TextContent);
        Assert.Contains("3 h 5 min", cut.Find("[data-testid=system-uptime]").TextContent);
        Assert.Contains("since 2026-12-03 11:55", cut.Find("[data-testid=system-uptime]").TextContent);
        Assert.Contains("5.5 MB", cut.Find("[data-testid=system-database]").TextContent);
        Assert.Contains("800 MB", cut.Find("[data-testid=system-disk]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=system-disk] .mud-warning-text"));
    }

    [Fact]
    public void Facts_SayTheBuildHasNoCommit_WhenItRecordedNone()
    {
        var overview = new SystemOverview("1.4.0", null, Now, 0, 50L * 1024 * 1024 * 1024, NothingWaits);

        var cut = Render<SystemFacts>(p => p.Add(x => x.Overview, overview).Add(x => x.Now, Now));

        Assert.Contains("built without a commit", cut.Find("[data-testid=system-version]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=system-disk] .mud-warning-text"));
    }

    [Fact]
    public void Backlog_SaysNothingIsHeldUp_WhenNothingWaits()
    {
        var cut = Render<BacklogPanel>(p => p.Add(x => x.Backlog, NothingWaits with { PendingTimers = 3 }));

        Assert.StartsWith("Nothing is held up", cut.Find("[data-testid=backlog-summary]").TextContent);
        Assert.Contains("none waiting", cut.Find("[data-testid=backlog-outbox]").TextContent);
        Assert.Contains("3", cut.Find("[data-testid=backlog-timers]").TextContent);
    }

    [Fact]
    public void Backlog_ShowsCountsAndTheOldestWait_WhenWorkWaits()
    {
        var backlog = new Backlog(4, 2, TimeSpan.FromHours(26), 7, TimeSpan.FromMinutes(12), 1);

        var cut = Render<BacklogPanel>(p => p.Add(x => x.Backlog, backlog));

        Assert.StartsWith("Work that has not been picked up yet", cut.Find("[data-testid=backlog-summary]").TextContent);
        Assert.Contains("4", cut.Find("[data-testid=backlog-queue]").TextContent);
        Assert.Contains("the oldest for 12 min", cut.Find("[data-testid=backlog-outbox]").TextContent);
        Assert.Contains("the oldest for 1.1 days", cut.Find("[data-testid=backlog-approvals]").TextContent);
    }

    [Fact]
    public void Charts_SayWhenTheyFillIn_BeforeTheSecondSample()
    {
        var cut = Render<ActivityCharts>(p => p.Add(x => x.Samples, Samples(1, TimeSpan.FromMinutes(1))).Add(x => x.Interval, TimeSpan.FromMinutes(1)));

        Assert.Contains("a point every minute, kept for the last 6 hours", cut.Find("[data-testid=charts-waiting]").TextContent);
        Assert.Empty(cut.FindAll("svg"));
    }

    [Fact]
    public void Charts_DrawRunsStepsQueueAndTimers_FromTheSamples()
    {
        var cut = Render<ActivityCharts>(p => p.Add(x => x.Samples, Samples(30, TimeSpan.FromMinutes(1))).Add(x => x.Interval, TimeSpan.FromMinutes(1)));

        // bUnit has no layout, so the charts (sized to their box) draw no lines here: what they are given is checked.
        var charts = cut.FindComponents<MudChart<double>>();
        Assert.Equal(4, charts.Count);
        Assert.All(charts, chart => Assert.All(chart.Instance.ChartSeries, series => Assert.Equal(30, series.Data.Count)));
        Assert.Contains("Runs started, completed and failed per minute", cut.Find("[data-testid=chart-runs]").TextContent);
        Assert.Equal(["Started", "Completed", "Failed"], charts[0].Instance.ChartSeries.Select(series => series.Name));
    }

    [Fact]
    public void ChartData_LabelsWholeHours_ForSixHoursOfMinutes()
    {
        var data = ActivityChartData.From(Samples(360, TimeSpan.FromMinutes(1)), TimeZoneInfo.Utc);

        var labels = data.Labels.Where(l => l.Length > 0).ToList();
        Assert.Equal(["10:00", "11:00", "12:00", "13:00", "14:00", "15:00"], labels);
        Assert.Equal(360, data.Labels.Length);
        Assert.Equal(3, data.Runs.Count);
        Assert.Equal(360, data.Runs[0].Data.Count);
    }

    [Fact]
    public void ChartData_LabelsEveryFiveMinutesInTheReadersZone_ForHalfAnHour()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

        var data = ActivityChartData.From(Samples(30, TimeSpan.FromMinutes(1)), paris);

        Assert.Equal(["15:35", "15:40", "15:45", "15:50", "15:55", "16:00"], data.Labels.Where(l => l.Length > 0));
    }

    [Fact]
    public void ChartData_GivesMillisecondsAndLeavesMinutesWithoutStepsEmpty_RatherThanZero()
    {
        var samples = new[]
        {
            new MetricsSample(Now.AddMinutes(-1), 1, 1, 0, 0.25, null, 0),
            new MetricsSample(Now, 0, 0, 0, null, 3, 2),
        };

        var data = ActivityChartData.From(samples, TimeZoneInfo.Utc);

        Assert.Equal([true, false], data.StepMilliseconds[0].Data.Points.Select(p => p.HasValue));
        Assert.Equal(250, data.StepMilliseconds[0].Data.Values[0]);
        Assert.Equal([false, true], data.TimerLatenessMilliseconds[0].Data.Points.Select(p => p.HasValue));
        Assert.Equal(3000, data.TimerLatenessMilliseconds[0].Data.Values[1]);
        Assert.Equal([0.0, 2.0], data.QueueDepth[0].Data.Values);
    }

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1, "1 byte")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(5_767_168, "5.5 MB")]
    [InlineData(52_428_800, "50 MB")]
    [InlineData(3L * 1024 * 1024 * 1024, "3 GB")]
    public void ByteSizes_ReadLikePeopleSayThem(long bytes, string expected) => Assert.Equal(expected, ByteSizes.Describe(bytes));

    /// <summary><paramref name="count"/> samples <paramref name="apart"/>, the last at <see cref="Now"/>, each with a run and a step.</summary>
    private static List<MetricsSample> Samples(int count, TimeSpan apart) =>
        [.. Enumerable.Range(0, count).Select(i => new MetricsSample(Now - apart * (count - 1 - i), i % 3, 1, i % 5 == 0 ? 1 : 0, 0.2 + i % 4 * 0.1, i % 7 == 0 ? 1.5 : null, i % 6))];
}
