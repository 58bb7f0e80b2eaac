using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Messaging;

public sealed class SmsSendTests : IAsyncLifetime
{
    private readonly CaptureAction _capture = new();
    private readonly AppFactory _app;
    private readonly HttpTestReceiver _provider = new();

    public SmsSendTests() => _app = new AppFactory().WithAction(_capture);

    private const string Sms = """{ "to": "{{input.phone}}", "body": "Your order has shipped.", "customerId": "cust_7" }""";

    [Fact]
    public async Task Sms_PostsToTheHttpProvider_WithItsAuthHeader()
    {
        await _app.Services.GetRequiredService<MessagingSettings>()
            .SaveSmsAsync(new SmsSettings { ProviderUrl = _provider.Url + "messages", AuthHeader = "X-Api-Key" }, "sms-key-123", "tests");
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.ActionThenCapture("sms_send", Sms));

        var executionId = await client.StartRunAsync(workflowId, new { input = new { phone = "+49 151 1234567" } });
        await client.WaitForStatusAsync(executionId, "completed");

        var request = Assert.Single(_provider.Requests);
        Assert.Equal(("POST", "/messages", "sms-key-123"), (request.Method, request.Path, request.Headers["X-Api-Key"]));
        var json = JsonNode.Parse(request.Body)!;
        Assert.Equal(("+49 151 1234567", "Your order has shipped."), (json["to"]!.GetValue<string>(), json["body"]!.GetValue<string>()));
        var row = Assert.Single(await _app.OutboxAsync());
        Assert.Equal(("sms", "sent", "cust_7"), (row.Channel, row.Status, row.CustomerId));
        Assert.Equal(row.Id, _capture.Last!["output"]!["messageId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sms_FailsItsRowAndTakesTheErrorPort_WhenTheProviderRefuses()
    {
        _provider.Status = 401;
        await _app.Services.GetRequiredService<MessagingSettings>().SaveSmsAsync(new SmsSettings { ProviderUrl = _provider.Url }, null, "tests");
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.ActionThenCapture("sms_send", Sms));

        var executionId = await client.StartRunAsync(workflowId, new { input = new { phone = "+4915112345678" } });
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.StartsWith("The SMS provider answered 401", execution.Text("error"));
        Assert.Equal("failed", Assert.Single(await _app.OutboxAsync()).Status);
    }

    [Fact]
    public async Task Sms_StaysInTheOutbox_WhenNoProviderIsConfigured()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.ActionThenCapture("send_sms", Sms));

        var executionId = await client.StartRunAsync(workflowId, new { input = new { phone = "+4915112345678" } });
        await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("stored", Assert.Single(await _app.OutboxAsync()).Status);
        Assert.Empty(_provider.Requests);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        _app.Dispose();
    }
}
