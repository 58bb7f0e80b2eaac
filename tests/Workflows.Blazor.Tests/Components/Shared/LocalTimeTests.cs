using Workflows.Blazor.Components.Shared;

namespace Workflows.Blazor.Tests.Components.Shared;

public sealed class LocalTimeTests : ComponentTest
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private void BrowserIn(string? zone) => JSInterop.SetupModule("./js/time-zone.js").Setup<string?>("timeZone").SetResult(zone);

    [Fact]
    public void LocalTime_ShowsTheTimeInTheBrowsersZone_AndNamesTheZoneAndUtcOnHover()
    {
        BrowserIn("America/New_York");

        var cut = Render<LocalTime>(p => p.Add(c => c.Value, At));

        cut.WaitForAssertion(() => Assert.Equal("2026-11-23 04:00:00", cut.Find("time").TextContent));
        Assert.Equal("2026-11-23 04:00:00 America/New_York (UTC-05:00) · 2026-11-23 09:00:00 UTC", cut.Find("time").GetAttribute("title"));
    }

    [Fact]
    public void LocalTime_ReadsAsTimeAgo_WithTheExactTimeOnHover_WhenGivenNow()
    {
        BrowserIn("Europe/Berlin");

        var cut = Render<LocalTime>(p => p.Add(c => c.Value, At).Add(c => c.Now, At.AddHours(3)));

        cut.WaitForAssertion(() => Assert.StartsWith("2026-11-23 10:00:00 Europe/Berlin (UTC+01:00)", cut.Find("time").GetAttribute("title")));
        Assert.Equal("3 hours ago", cut.Find("time").TextContent);
    }

    [Fact]
    public void LocalTime_StaysInUtc_WhenTheBrowserNamesNoZone()
    {
        BrowserIn(null);

        var cut = Render<LocalTime>(p => p.Add(c => c.Value, At));

        Assert.Equal("2026-11-23 09:00:00", cut.Find("time").TextContent);
        Assert.Equal("2026-11-23 09:00:00 UTC · 2026-11-23 09:00:00 UTC", cut.Find("time").GetAttribute("title"));
    }
}
