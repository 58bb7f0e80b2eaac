using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Operations;

/// <summary><c>/health/live</c> and <c>/health/ready</c> answer monitors without a sign-in, in plain JSON, for the real app on its own database.</summary>
public sealed class HealthEndpointTests
{
    private static readonly string[] ReadyChecks = ["database", "disk", "outbox", "scheduler", "workers"];

    [Fact]
    public async Task Live_AnswersHealthy_WithoutSignInBeforeSetup()
    {
        using var app = new AppFactory();

        var (status, body) = await GetAsync(app, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_AnswersHealthyWithEveryCheck_OnAFreshApp()
    {
        using var app = new AppFactory();

        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        var checks = body["checks"]!.AsObject();
        Assert.Equal(ReadyChecks, checks.Select(c => c.Key).Order());
        Assert.All(checks, check => Assert.Equal("Healthy", check.Value!["status"]!.GetValue<string>()));
        Assert.DoesNotContain(Path.GetDirectoryName(app.DatabasePath)!, body.ToJsonString());
    }

    [Fact]
    public async Task Ready_IsUnavailable_WhenTheDatabaseMissesAnUpdate()
    {
        using var app = new AppFactory();
        await ForgetNewestMigrationAsync(app);

        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.Contains("not applied", body["checks"]!["database"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_IsUnavailable_WhenTheDatabaseDiskIsBelowTheMinimum()
    {
        using var app = new AppFactory().WithSetting("Health:MinFreeDiskMegabytes", int.MaxValue.ToString());

        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body["checks"]!["disk"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["database"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_IsDegradedButServing_WhenAMessageWaitsLongerThanTheOutboxAllows()
    {
        using var app = new AppFactory().WithSetting("Health:OutboxLateMinutes", "10");
        await AddWaitingMessageAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(9));
        var (_, early) = await GetAsync(app, "/health/ready");
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var (status, late) = await GetAsync(app, "/health/ready");

        Assert.Equal("Healthy", early["checks"]!["outbox"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", late["status"]!.GetValue<string>());
        Assert.Equal("Degraded", late["checks"]!["outbox"]!["status"]!.GetValue<string>());
        Assert.Equal(1, late["checks"]!["outbox"]!["data"]!["waiting"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ready_IsUnavailable_WhenEveryWorkerIsHeldWithRunsWaiting()
    {
        var block = new BlockingAction();
        using var app = new AppFactory().WithAction(block).WithSetting("Health:WorkersStuckMinutes", "15");
        var api = await app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Blocking());
        string[] held = [await api.StartRunAsync(workflowId), await api.StartRunAsync(workflowId)];
        foreach (var id in held)
        {
            await api.WaitForStatusAsync(id, "running");
        }
        var waiting = await api.StartRunAsync(workflowId);
        var (_, whileFresh) = await GetAsync(app, "/health/ready");
        app.Clock.Advance(TimeSpan.FromMinutes(16));

        var (status, body) = await GetAsync(app, "/health/ready");
        // Blocked runs end only when cancelled; the app then stops at once.
        (await api.PostAsJsonAsync("/api/executions/cancel", new { ids = held.Append(waiting) })).EnsureSuccessStatusCode();

        Assert.Equal("Healthy", whileFresh["checks"]!["workers"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body["checks"]!["workers"]!["status"]!.GetValue<string>());
        Assert.Equal(1, body["checks"]!["workers"]!["data"]!["waiting"]!.GetValue<int>());
    }

    [Fact]
    public async Task Health_AnswersTooManyRequests_PastTheMonitoringLimit()
    {
        using var app = new AppFactory().WithSetting("RateLimits:MonitoringPerMinute", "2");
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/health/live");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(AppFactory app, string path)
    {
        using var response = await app.CreateClient().GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static async Task ForgetNewestMigrationAsync(AppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var newest = db.Database.GetAppliedMigrations().Last();
        await db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {newest}");
    }

    private static async Task AddWaitingMessageAsync(AppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.OutboxMessages.Add(new OutboxMessageEntity
        {
            Id = "msg_waiting",
            Channel = MessageKinds.Email,
            To = "ada@example.com",
            Body = "Hello",
            Status = MessageStatuses.Queued,
            TrackingToken = "token",
            CreatedAt = app.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }
}
