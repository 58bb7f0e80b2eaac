using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Security.Outbound;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Messaging;

public sealed class PushSendTests : IAsyncLifetime
{
    private readonly HttpTestReceiver _provider = new();
    private readonly AppFactory _app;

    public PushSendTests() =>
        _app = new AppFactory().WithSetting($"{OutboundOptions.SectionName}:AllowedHosts:0", new Uri(_provider.Url).Authority);

    private static JsonObject Push => new() { ["to"] = "device-42", ["title"] = "Back in stock", ["body"] = "Your grinder is back.", ["customerId"] = "cust_7" };

    [Fact]
    public async Task Push_PostsToTheHttpProvider_WithItsAuthHeader()
    {
        await UseProviderAsync(_provider.Url + "notify", "push-key-1");

        var output = await _app.OutputOfAsync("push_send", Push);

        var request = Assert.Single(_provider.Requests);
        Assert.Equal(("POST", "/notify", "push-key-1"), (request.Method, request.Path, request.Headers["X-Push-Key"]));
        var json = JsonNode.Parse(request.Body)!;
        Assert.Equal(("device-42", "Back in stock", "Your grinder is back."), (json["to"]!.GetValue<string>(), json["title"]!.GetValue<string>(), json["body"]!.GetValue<string>()));
        var row = Assert.Single(await _app.OutboxAsync());
        Assert.Equal(("push", "sent", "cust_7", row.Id), (row.Channel, row.Status, row.CustomerId, output["messageId"]!.GetValue<string>()));
        Assert.Equal(row.Id, json["messageId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Push_IsSentOnce_WhenTheSameStepRunsAgain()
    {
        await UseProviderAsync(_provider.Url, null);
        var executionId = Guid.NewGuid().ToString("N");

        var first = await _app.OutputOfAsync("send_push", Push, executionId: executionId);
        var again = await _app.OutputOfAsync("send_push", Push, executionId: executionId);

        Assert.Single(_provider.Requests);
        Assert.Single(await _app.OutboxAsync());
        Assert.Equal(first["messageId"]!.GetValue<string>(), again["messageId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Push_StaysInTheOutboxAndSaysSo_WhenNoProviderIsConfigured()
    {
        var output = await _app.OutputOfAsync("push_send", Push);

        Assert.Equal("stored", Assert.Single(await _app.OutboxAsync()).Status);
        Assert.Equal("Kept in the outbox, not sent (no push provider set). Set one in Settings → Email & SMS to send.", output["note"]!.GetValue<string>());
        Assert.Empty(_provider.Requests);
    }

    [Fact]
    public async Task Push_TakesTheErrorPort_WhenTheRecipientIsMissing()
    {
        await UseProviderAsync(_provider.Url, null);

        var error = await _app.ErrorOfAsync("push_send", new JsonObject { ["to"] = "  ", ["body"] = "Hello" });

        Assert.Contains("recipient", error);
        Assert.Empty(await _app.OutboxAsync());
    }

    [Fact]
    public async Task Push_IsRefusedByTheOutboundGuard_WhenTheProviderIsAnInternalAddressNotAllowed()
    {
        using var guarded = new AppFactory();
        await guarded.Services.GetRequiredService<MessagingSettings>().SavePushAsync(new PushSettings { ProviderUrl = _provider.Url }, null, "tests");

        var error = await guarded.ErrorOfAsync("push_send", Push);

        Assert.Contains("not allowed", error);
        Assert.Empty(_provider.Requests);
        Assert.Equal("failed", Assert.Single(await guarded.OutboxAsync()).Status);
    }

    private Task UseProviderAsync(string url, string? auth) =>
        _app.Services.GetRequiredService<MessagingSettings>().SavePushAsync(new PushSettings { ProviderUrl = url, AuthHeader = "X-Push-Key" }, auth, "tests");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        _app.Dispose();
    }
}
