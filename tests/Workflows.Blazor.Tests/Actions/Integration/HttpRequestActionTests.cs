using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Actions.Integration;

/// <summary><c>http_request</c> in real runs against a real server on 127.0.0.1, allowed through the allow-list.</summary>
[LongRunning]
public sealed class HttpRequestActionTests : IAsyncLifetime
{
    private LocalServer _server = null!;
    private IntegrationApp _app = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalServer.StartAsync();
        _app = new IntegrationApp($"127.0.0.1:{_server.Port}");
    }

    [Fact]
    public async Task HttpRequest_OutputsParsedJson_FromAnAllowedServer()
    {
        var api = await _app.CreateApiClientAsync();

        var (execution, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url("/json") });

        Assert.Equal("success", call["port"]!.GetValue<string>());
        var output = call["output"]!;
        Assert.Equal(200, output["status"]!.GetValue<int>());
        Assert.True(output["ok"]!.GetValue<bool>());
        Assert.Equal("world", output["body"]!["hello"]!.GetValue<string>());
        Assert.Equal(3, output["body"]!["items"]!.AsArray().Count);
        Assert.StartsWith("application/json", output["headers"]!["content-type"]!.GetValue<string>());
        Assert.Equal("success", execution["variables"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task HttpRequest_PostsJsonBodyAndSecretHeader_AndTheStepRecordMasksTheSecret()
    {
        const string token = "tok-5f2c9a71e4";
        await _app.SetSecretAsync("crm_token", token);
        var api = await _app.CreateApiClientAsync();

        var (execution, call) = await api.RunAsync(new JsonObject
        {
            ["url"] = _server.Url("/echo"),
            ["method"] = "post",
            ["headers"] = new JsonObject { ["Authorization"] = "Bearer {{secrets.crm_token}}", ["X-Trace"] = "trace-1" },
            ["body"] = new JsonObject { ["customerId"] = "cust_1", ["tags"] = new JsonArray("vip") },
        });

        var received = _server.Received.Single(r => r.PathAndQuery == "/echo");
        Assert.Equal("POST", received.Method);
        Assert.Equal($"Bearer {token}", received.Headers["Authorization"]);
        Assert.Equal("trace-1", received.Headers["X-Trace"]);
        Assert.StartsWith("application/json", received.Headers["Content-Type"]);
        Assert.Equal("cust_1", JsonNode.Parse(received.Body)!["customerId"]!.GetValue<string>());
        Assert.Equal("success", call["port"]!.GetValue<string>());
        Assert.Equal($"Bearer {SecretMasker.Placeholder}", call["input"]!["headers"]!["Authorization"]!.GetValue<string>());
        Assert.Equal($"Bearer {SecretMasker.Placeholder}", call["output"]!["body"]!["authorization"]!.GetValue<string>());
        Assert.DoesNotContain(token, execution.ToJsonString());
    }

    [Fact]
    public async Task HttpRequest_SendsTheStepsIdempotencyKey_WhenThePostChangesSomething()
    {
        var api = await _app.CreateApiClientAsync();
        var marker = Guid.NewGuid().ToString("N");

        var (execution, _) = await api.RunAsync(new JsonObject { ["url"] = _server.Url($"/echo?post={marker}"), ["method"] = "POST", ["body"] = "order 7" });

        var received = _server.Received.Single(r => r.PathAndQuery == $"/echo?post={marker}");
        Assert.Equal($"{execution["id"]!.GetValue<string>()}/call/-", received.Headers["Idempotency-Key"]);
    }

    [Fact]
    public async Task HttpRequest_SendsTheDesignersIdempotencyKey_WhenTheStepSetsOne()
    {
        var api = await _app.CreateApiClientAsync();
        var marker = Guid.NewGuid().ToString("N");

        await api.RunAsync(new JsonObject
        {
            ["url"] = _server.Url($"/echo?put={marker}"), ["method"] = "PUT", ["body"] = "order 7",
            ["headers"] = new JsonObject { ["idempotency-key"] = "order-7-v2" },
        });

        Assert.Equal("order-7-v2", _server.Received.Single(r => r.PathAndQuery == $"/echo?put={marker}").Headers["Idempotency-Key"]);
    }

    [Fact]
    public async Task HttpRequest_SendsNoIdempotencyKey_WithAGet()
    {
        var api = await _app.CreateApiClientAsync();
        var marker = Guid.NewGuid().ToString("N");

        await api.RunAsync(new JsonObject { ["url"] = _server.Url($"/json?get={marker}") });

        Assert.False(_server.Received.Single(r => r.PathAndQuery == $"/json?get={marker}").Headers.ContainsKey("Idempotency-Key"));
    }

    [Fact]
    public async Task HttpRequest_SendsTextBody_AsTextPlain()
    {
        var api = await _app.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url("/echo"), ["method"] = "PUT", ["body"] = "plain words" });

        Assert.Equal("plain words", call["output"]!["body"]!["body"]!.GetValue<string>());
        Assert.StartsWith("text/plain", call["output"]!["body"]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task HttpRequest_FollowsARedirect_WithinTheAllowList()
    {
        var api = await _app.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url("/redirect?to=/json") });

        Assert.Equal("world", call["output"]!["body"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task HttpRequest_StopsAfterFiveRedirects()
    {
        var api = await _app.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url("/loop") });

        Assert.Equal($"GET {_server.Url("/loop")} failed: Stopped after 5 redirects; the next one pointed to {_server.Url("/loop")}.",
            call["error"]!.GetValue<string>());
        Assert.Equal(6, _server.Received.Count);
    }

    [Fact]
    public async Task HttpRequest_DropsCredentials_WhenARedirectLeavesTheOrigin()
    {
        await using var other = await LocalServer.StartAsync();
        using var app = new IntegrationApp($"127.0.0.1:{_server.Port}", $"127.0.0.1:{other.Port}");
        var api = await app.CreateApiClientAsync();
        var to = Uri.EscapeDataString(other.Url("/json"));

        var (_, call) = await api.RunAsync(new JsonObject
        {
            ["url"] = _server.Url($"/redirect?to={to}"),
            ["headers"] = new JsonObject { ["Authorization"] = "Bearer token-for-the-first-server", ["X-Trace"] = "trace-2" },
        });

        Assert.Equal("success", call["port"]!.GetValue<string>());
        Assert.Equal("Bearer token-for-the-first-server", _server.Received.Single().Headers["Authorization"]);
        var redirected = other.Received.Single();
        Assert.False(redirected.Headers.ContainsKey("Authorization"));
        Assert.Equal("trace-2", redirected.Headers["X-Trace"]);
    }

    [Theory]
    [InlineData("http://[::1]:{port}/json", "Refused to connect to [::1]:{port}: it is a loopback address")]
    [InlineData("http://localhost:{port}/json", "Refused to connect to localhost:{port}: that name always means this machine")]
    [InlineData("http://2130706434:{port}/json", "Refused to connect to 127.0.0.2:{port}: it is a loopback address")]
    [InlineData("http://loopback6.example:{port}/json", "it resolves to ::1, a loopback address")]
    [InlineData("file:///etc/passwd", "only http and https")]
    public async Task HttpRequest_RefusesARedirect_ToABlockedTarget(string target, string message)
    {
        var api = await _app.CreateApiClientAsync();
        var to = Uri.EscapeDataString(target.Replace("{port}", _server.Port.ToString()));

        var (execution, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url($"/redirect?to={to}") });

        Assert.Equal("error", call["port"]!.GetValue<string>());
        Assert.Contains(message.Replace("{port}", _server.Port.ToString()), call["error"]!.GetValue<string>());
        Assert.Equal("error", execution["variables"]!["outcome"]!.GetValue<string>());
        Assert.DoesNotContain(_server.Received, r => r.PathAndQuery == "/json");
    }

    [Fact]
    public async Task HttpRequest_RefusesTheSameServer_WithoutTheAllowList()
    {
        using var unlisted = new IntegrationApp();
        var api = await unlisted.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url("/json") });

        Assert.Equal("error", call["port"]!.GetValue<string>());
        Assert.Equal(
            $"Refused to connect to 127.0.0.1:{_server.Port}: it is a loopback address. Workflows may only call public addresses unless the host "
            + "is listed in Outbound:AllowedHosts (or its network in Outbound:AllowedNetworks) in appsettings.json.",
            call["error"]!.GetValue<string>());
        Assert.Empty(_server.Received);
    }

    [Fact]
    public async Task HttpRequest_FailsWithTheStatus_OnA404()
    {
        var api = await _app.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url("/missing") });

        Assert.Equal("error", call["port"]!.GetValue<string>());
        Assert.Equal($"GET {_server.Url("/missing")} answered 404 Not Found: {{\"error\":\"no such order\"}}", call["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task HttpRequest_OutputsOkFalse_OnA404_WhenFailOnErrorIsFalse()
    {
        var api = await _app.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url("/missing"), ["failOnError"] = false });

        Assert.Equal("success", call["port"]!.GetValue<string>());
        Assert.Equal(404, call["output"]!["status"]!.GetValue<int>());
        Assert.False(call["output"]!["ok"]!.GetValue<bool>());
        Assert.Equal("no such order", call["output"]!["body"]!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task HttpRequest_FailsWithATimeoutMessage_WhenTheServerIsSlow()
    {
        var api = await _app.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url("/slow"), ["timeoutSeconds"] = 1 });

        Assert.Equal("error", call["port"]!.GetValue<string>());
        Assert.Equal($"GET {_server.Url("/slow")} did not finish within 1 s (timeoutSeconds).", call["error"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HttpRequest_FailsWithASizeMessage_WhenTheResponseIsHuge(bool announceLength)
    {
        var api = await _app.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(new JsonObject { ["url"] = _server.Url($"/huge?announceLength={announceLength}") });

        Assert.Equal("error", call["port"]!.GetValue<string>());
        Assert.StartsWith("The response is larger than 1 MB", call["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task HttpRequest_FailsWithADnsMessage_ForAnUnknownHost()
    {
        var api = await _app.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(new JsonObject { ["url"] = "http://no-such-host.example/orders" });

        Assert.Equal("Could not find the host 'no-such-host.example': its DNS lookup failed.", call["error"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ "url": "ftp://127.0.0.1/file" }""", "only http and https")]
    [InlineData("""{ "url": "/orders" }""", "only http and https")]
    [InlineData("""{ "url": "http://127.0.0.1/", "method": "BREW" }""", "'BREW' is not an HTTP method")]
    [InlineData("""{ "url": "http://127.0.0.1/", "timeoutSeconds": 500 }""", "timeoutSeconds should be more than 0 and at most 120")]
    public async Task HttpRequest_ExplainsParametersItCannotUse(string parameters, string message)
    {
        var api = await _app.CreateApiClientAsync();

        var (_, call) = await api.RunAsync(JsonNode.Parse(parameters)!.AsObject());

        Assert.Equal("error", call["port"]!.GetValue<string>());
        Assert.Contains(message, call["error"]!.GetValue<string>());
        Assert.Empty(_server.Received);
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _server.DisposeAsync();
    }
}
