using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class WaitTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly AppFactory _app = shared.Factory;

    [Fact]
    public async Task ThreeDayWait_ResumesWhenTheClockPassesIt()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "3 days" }"""));
        var executionId = await client.StartRunAsync(workflowId);
        await client.WaitForStatusAsync(executionId, "waiting");

        _app.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        await _app.TickAsync();
        Assert.Equal("waiting", (await client.GetExecutionAsync(executionId))["status"]!.GetValue<string>());

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        await _app.TickAsync();
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("resumed", execution["variables"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task TimedWait_RingsTheTimerAlarm_SoTheWakerDoesNotSleepPastIt()
    {
        var client = await _app.CreateApiClientAsync();
        var alarm = _app.Services.GetRequiredService<TimerAlarm>();
        var ring = alarm.Listen();
        alarm.SleepUntil(_app.Clock.GetUtcNow().AddDays(30));

        var workflowId = await client.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "3 days" }"""));
        await client.WaitForStatusAsync(await client.StartRunAsync(workflowId), "waiting");

        await ring.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task EventWait_ResumesOnTheEventForItsSubject()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.WaitThenGreet("""{ "event": "email.opened", "timeout": "2 days" }"""));
        var executionId = await client.StartRunAsync(workflowId, new { input = new { customerId = "cust_1" } });
        await client.WaitForStatusAsync(executionId, "waiting");

        var otherSubject = await PublishAsync(client, "email.opened", "cust_2");
        var ownSubject = await PublishAsync(client, "email.opened", "cust_1");
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Empty(otherSubject["resumedExecutions"]!.AsArray());
        Assert.Equal(executionId, ownSubject["resumedExecutions"]![0]!.GetValue<string>());
        Assert.Equal("resumed", execution["variables"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task EventWait_TakesTheTimeoutPort_WhenNoEventArrives()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.WaitThenGreet("""{ "event": "email.opened", "timeout": "2 days" }"""));
        var executionId = await client.StartRunAsync(workflowId, new { input = new { customerId = "cust_1" } });
        await client.WaitForStatusAsync(executionId, "waiting");

        _app.Clock.Advance(TimeSpan.FromDays(2));
        await _app.TickAsync();
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("timed out", execution["variables"]!["outcome"]!.GetValue<string>());
        Assert.Equal("timeout", execution["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "pause" && s["status"]!.GetValue<string>() == "completed")!["port"]!.GetValue<string>());
    }

    private static async Task<JsonObject> PublishAsync(HttpClient client, string type, string subjectId)
    {
        using var response = await client.PostAsJsonAsync("/api/events", new { type, subjectId, data = new { campaign = "welcome" } });
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
