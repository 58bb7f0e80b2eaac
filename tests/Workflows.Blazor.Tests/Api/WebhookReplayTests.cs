using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Api;

/// <summary>A webhook delivery sent again (by a retrying sender or by someone replaying it) answers the first run.</summary>
public sealed class WebhookReplayTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly string _hookPath = TestWorkflows.UniqueHookPath("new-order");
    private const string Body = """{ "orderId": "1001" }""";
    private readonly AppFactory _app = shared.Factory;

    [Fact]
    public async Task SignedWebhook_AnswersTheFirstRun_WhenTheSameRequestIsSentAgain()
    {
        var (workflowId, secret) = await SignedWorkflowAsync();
        var signedAt = _app.Clock.GetUtcNow();
        using var first = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, signedAt);

        _app.Clock.Advance(TimeSpan.FromMinutes(4));
        using var again = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, signedAt);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(await first.ExecutionIdOfAsync(), await again.ExecutionIdOfAsync());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task SignedWebhook_StartsOneRun_WhenIdenticalRequestsArriveAtTheSameMoment()
    {
        var (workflowId, secret) = await SignedWorkflowAsync();
        var signedAt = _app.Clock.GetUtcNow();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, signedAt)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        Assert.Single((await Task.WhenAll(answers.Select(a => a.ExecutionIdOfAsync()))).Distinct());
        Assert.Equal(1, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task SignedWebhook_AnswersTheFirstRun_WhenReplayedWithAnotherIdempotencyKey()
    {
        var (workflowId, secret) = await SignedWorkflowAsync();
        var signedAt = _app.Clock.GetUtcNow();
        using var first = await SendAsync(secret, signedAt, ("Idempotency-Key", "order-1001"));

        using var replay = await SendAsync(secret, signedAt, ("Idempotency-Key", "made-up-by-whoever-replays"), ("X-Webhook-Id", "made-up-too"));

        Assert.Equal(await first.ExecutionIdOfAsync(), await replay.ExecutionIdOfAsync());
        Assert.Equal(1, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task SignedWebhook_AnswersTheFirstRun_WhenResignedWithTheSameDeliveryId()
    {
        var (workflowId, secret) = await SignedWorkflowAsync();
        using var first = await SendAsync(secret, _app.Clock.GetUtcNow(), ("X-Webhook-Id", "evt_42"));

        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        using var retry = await SendAsync(secret, _app.Clock.GetUtcNow(), ("X-Webhook-Id", "evt_42"));

        Assert.Equal(await first.ExecutionIdOfAsync(), await retry.ExecutionIdOfAsync());
        Assert.Equal(1, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task SignedWebhook_StartsANewRun_ForANewDeliveryWithAnotherKey()
    {
        var (workflowId, secret) = await SignedWorkflowAsync();
        using var first = await SendAsync(secret, _app.Clock.GetUtcNow(), ("Idempotency-Key", "order-1001"));

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        using var next = await SendAsync(secret, _app.Clock.GetUtcNow(), ("Idempotency-Key", "order-1002"));

        Assert.NotEqual(await first.ExecutionIdOfAsync(), await next.ExecutionIdOfAsync());
        Assert.Equal(2, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task SignedWebhook_Returns401_WhenTheSameRequestIsSentAgainAfterTheWindow()
    {
        var (workflowId, secret) = await SignedWorkflowAsync();
        var signedAt = _app.Clock.GetUtcNow();
        using var first = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, signedAt);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        _app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var late = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, signedAt);

        await late.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(1, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task UnsignedWebhook_AnswersTheFirstRun_ForTheSameIdempotencyKey()
    {
        var workflowId = await WorkflowAsync();
        using var first = await SendAsync(null, _app.Clock.GetUtcNow(), ("Idempotency-Key", "order-1001"));

        _app.Clock.Advance(TimeSpan.FromHours(23));
        using var again = await SendAsync(null, _app.Clock.GetUtcNow(), ("Idempotency-Key", "order-1001"));

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(await first.ExecutionIdOfAsync(), await again.ExecutionIdOfAsync());
        Assert.Equal(1, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task UnsignedWebhook_StartsANewRun_ForADifferentIdempotencyKey()
    {
        var workflowId = await WorkflowAsync();
        using var first = await SendAsync(null, _app.Clock.GetUtcNow(), ("Idempotency-Key", "order-1001"));

        using var other = await SendAsync(null, _app.Clock.GetUtcNow(), ("Idempotency-Key", "order-1002"));

        Assert.NotEqual(await first.ExecutionIdOfAsync(), await other.ExecutionIdOfAsync());
        Assert.False(other.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task UnsignedWebhook_StartsARunPerRequest_WithoutAnIdempotencyKey()
    {
        var workflowId = await WorkflowAsync();

        using var first = await SendAsync(null, _app.Clock.GetUtcNow(), ("X-Webhook-Id", "evt_42"));
        using var second = await SendAsync(null, _app.Clock.GetUtcNow(), ("X-Webhook-Id", "evt_42"));

        Assert.NotEqual(await first.ExecutionIdOfAsync(), await second.ExecutionIdOfAsync());
        Assert.Equal(2, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task UnsignedWebhook_StartsANewRun_WhenTheKeyIsSentAgainAfterItIsForgotten()
    {
        var workflowId = await WorkflowAsync();
        using var first = await SendAsync(null, _app.Clock.GetUtcNow(), ("Idempotency-Key", "order-1001"));
        var firstRun = await first.ExecutionIdOfAsync();

        _app.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await _app.Services.GetRequiredService<RetentionJob>().Invoke();
        var remembered = await DatabaseFile.QueryAsync(_app.DatabasePath, "SELECT COUNT(*) FROM WebhookDeliveries", r => r.GetInt32(0));
        using var again = await SendAsync(null, _app.Clock.GetUtcNow(), ("Idempotency-Key", "order-1001"));

        Assert.Equal(0, remembered.Single());
        Assert.NotEqual(firstRun, await again.ExecutionIdOfAsync());
        Assert.Equal(2, await RunCountAsync(workflowId));
    }

    [Fact]
    public async Task Webhook_Returns400Problem_ForAnIdempotencyKeyTooLong()
    {
        await WorkflowAsync();

        using var response = await SendAsync(null, _app.Clock.GetUtcNow(), ("Idempotency-Key", new string('k', 201)));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Idempotency-Key", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignedWebhook_AnswersTheFirstRun_WhenSentAgainAfterARestart()
    {
        var folder = Directory.CreateTempSubdirectory("wf-replay-");
        var databasePath = Path.Combine(folder.FullName, "workflows.db");
        try
        {
            string firstRun;
            string secret;
            var signedAt = _app.Clock.GetUtcNow();
            using (var before = new AppFactory().WithSetting("Database:Path", databasePath))
            {
                var api = await before.CreateApiClientAsync();
                var workflowId = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));
                await api.ActivateAsync(workflowId);
                secret = await api.CreateWebhookSecretAsync(workflowId);
                using var first = await before.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, signedAt);
                firstRun = await first.ExecutionIdOfAsync();
            }

            using var after = new AppFactory().WithSetting("Database:Path", databasePath);
            after.Clock.Advance(TimeSpan.FromMinutes(2));
            using var again = await after.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, signedAt);

            Assert.Equal(firstRun, await again.ExecutionIdOfAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private async Task<string> WorkflowAsync()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));
        await api.ActivateAsync(workflowId);
        return workflowId;
    }

    private async Task<(string WorkflowId, string Secret)> SignedWorkflowAsync()
    {
        var workflowId = await WorkflowAsync();
        return (workflowId, await (await _app.CreateApiClientAsync()).CreateWebhookSecretAsync(workflowId));
    }

    /// <summary>The body, signed at <paramref name="signedAt"/> when there is a secret, with extra headers.</summary>
    private Task<HttpResponseMessage> SendAsync(string? secret, DateTimeOffset signedAt, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _hookPath) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            WebhookClientExtensions.Sign(request, Body, secret, signedAt);
        }
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        return _app.CreateClient().SendAsync(request);
    }

    private async Task<int> RunCountAsync(string workflowId) =>
        (await DatabaseFile.QueryAsync(_app.DatabasePath, $"SELECT COUNT(*) FROM Executions WHERE WorkflowId = '{workflowId}'", r => r.GetInt32(0))).Single();
}
