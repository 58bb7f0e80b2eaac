using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class WebhookTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Webhook_StartsARunOfTheActiveWorkflow_WithTheBodyAsInput()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.Greeting("""{ "type": "webhook", "path": "/webhooks/greet" }"""));
        await client.ActivateAsync(workflowId);

        using var response = await client.PostAsJsonAsync("/webhooks/greet", new { name = "Ada" });
        await response.EnsureSuccessWithBodyAsync();
        var executionId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Hello Ada", execution["variables"]!["greeting"]!.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
