using System.Net;
using System.Net.Http.Json;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class ScheduleTests : IDisposable
{
    private const string MondaysAtNine = "0 9 * * 1";
    private readonly AppFactory _app = new();

    [Theory]
    // The fake clock starts on Monday 2026-11-23 at 08:00 UTC: 9:00 EST is 14:00 UTC the same day,
    // and 9:00 CET is 08:00 UTC, which is now, so the next fire is a week later.
    [InlineData("America/New_York", "2026-11-23T08:00:00Z", "2026-11-23T14:00:00Z")]
    [InlineData("Europe/Berlin", "2026-11-23T08:00:00Z", "2026-11-30T08:00:00Z")]
    // Between the US switch (March 14) and the EU switch (March 28), New York is on EDT and Berlin still on CET.
    [InlineData("America/New_York", "2027-03-16T00:00:00Z", "2027-03-22T13:00:00Z")]
    [InlineData("Europe/Berlin", "2027-03-16T00:00:00Z", "2027-03-22T08:00:00Z")]
    [InlineData("Europe/Berlin", "2027-03-23T00:00:00Z", "2027-03-29T07:00:00Z")]
    public async Task Activation_SetsTheNextFireInUtc_ForTheScheduleTimeZone(string timeZone, string activatedAt, string expectedFire)
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Schedule(MondaysAtNine, timeZone));
        _app.Clock.SetUtcNow(DateTimeOffset.Parse(activatedAt));

        await api.ActivateAsync(workflowId);

        Assert.Equal(DateTimeOffset.Parse(expectedFire), (await _app.ScheduleOfAsync(workflowId)).NextFireAt);
    }

    [Fact]
    public async Task WorkflowDetails_ShowTheNextFiveFireTimes_OfASchedule()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Schedule(MondaysAtNine, "America/New_York"));

        var workflow = (await api.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/workflows/{workflowId}"))!;

        var fires = workflow["nextFireTimes"]!.AsArray().Select(t => DateTimeOffset.Parse(t!.GetValue<string>())).ToList();
        Assert.Equal(5, fires.Count);
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T14:00:00Z"), fires[0]);
        Assert.All(fires.Zip(fires.Skip(1)), pair => Assert.Equal(TimeSpan.FromDays(7), pair.Second - pair.First));
    }

    [Fact]
    public async Task Schedule_StartsOneScheduledRun_WhenTheClockPassesTheFireTime()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Schedule(MondaysAtNine, "America/New_York"));
        await api.ActivateAsync(workflowId);

        _app.Clock.SetUtcNow(DateTimeOffset.Parse("2026-11-23T14:00:00Z"));
        await _app.TickAsync();
        var run = Assert.Single(await _app.WaitForExecutionsAsync(workflowId, 1));
        await _app.TickAsync();

        Assert.Single(await _app.ExecutionsOfAsync(workflowId));
        Assert.Equal("schedule", run.TriggerType);
        await api.WaitForStatusAsync(run.Id, "completed");
        Assert.Equal(DateTimeOffset.Parse("2026-11-30T14:00:00Z"), (await _app.ScheduleOfAsync(workflowId)).NextFireAt);
    }

    [Fact]
    public async Task Schedule_StartsOnlyOneRun_AfterSeveralMissedFires()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Schedule(MondaysAtNine, "America/New_York"));
        await api.ActivateAsync(workflowId);

        // Four Mondays pass while nothing ticks, as when the app was down (Wednesday 2026-12-16, 12:00 UTC).
        _app.Clock.SetUtcNow(DateTimeOffset.Parse("2026-12-16T12:00:00Z"));
        await _app.TickAsync();
        await _app.WaitForExecutionsAsync(workflowId, 1);
        await _app.TickAsync();

        Assert.Single(await _app.ExecutionsOfAsync(workflowId));
        var schedule = await _app.ScheduleOfAsync(workflowId);
        Assert.Equal(DateTimeOffset.Parse("2026-12-21T14:00:00Z"), schedule.NextFireAt);
        Assert.Equal(_app.Clock.GetUtcNow(), schedule.LastFiredAt);
    }

    [Fact]
    public async Task Activation_Returns422Problem_ForAnInvalidCron()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Schedule("0 25 * * 1", "UTC"));

        using var response = await api.PostAsync($"/api/workflows/{workflowId}/activate", null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'0 25 * * 1' is not a cron expression", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Activation_Returns422Problem_ForAnUnknownTimeZone()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Schedule(MondaysAtNine, "Mars/Olympus_Mons"));

        using var response = await api.PostAsync($"/api/workflows/{workflowId}/activate", null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'Mars/Olympus_Mons' is not a time zone", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Activation_UsesTheCorrectedSchedule_AfterARefusedActivation()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Schedule("0 25 * * 1", "America/New_York"));
        using (var refused = await api.PostAsync($"/api/workflows/{workflowId}/activate", null))
        {
            await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        }

        await _app.SaveDraftAsync(workflowId, TestWorkflows.Schedule(MondaysAtNine, "America/New_York"));
        await api.ActivateAsync(workflowId);

        Assert.Equal(DateTimeOffset.Parse("2026-11-23T14:00:00Z"), (await _app.ScheduleOfAsync(workflowId)).NextFireAt);
    }

    public void Dispose() => _app.Dispose();
}
