using System.Net;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Api;

public sealed class WebhookTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly string _hookPath = TestWorkflows.UniqueHookPath("new-order");
    private readonly AppFactory _app = shared.Factory;

    [Fact]
    public async Task Webhook_StartsRunWithTheBodyAsInput_WhenTheWorkflowIsActive()
    {
        var api = await ActiveWebhookWorkflowAsync();

        using var response = await _app.CreateClient().PostWebhookAsync(_hookPath, """{ "name": "Ada" }""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var execution = await api.WaitForStatusAsync(await response.ExecutionIdOfAsync(), "completed");

        Assert.Equal("webhook", execution["triggerType"]!.GetValue<string>());
        Assert.Equal("Ada", execution["input"]!["name"]!.GetValue<string>());
        Assert.Equal("Hello Ada", execution["variables"]!["greeting"]!.GetValue<string>());
    }

    [Fact]
    public async Task Webhook_Returns404Problem_ForAnUnknownPath()
    {
        await ActiveWebhookWorkflowAsync();

        using var response = await _app.CreateClient().PostWebhookAsync("/webhooks/no-such-hook", "{}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("/webhooks/no-such-hook", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Webhook_Returns415Problem_WhenTheBodyIsNotJson()
    {
        await ActiveWebhookWorkflowAsync();

        using var response = await _app.CreateClient().PostAsync(_hookPath, new StringContent("name=Ada", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Webhook_Returns413Problem_WhenContentLengthIsOverOneMegabyte()
    {
        await ActiveWebhookWorkflowAsync();
        var oversized = $$"""{ "pad": "{{new string('x', 1024 * 1024)}}" }""";

        using var response = await _app.CreateClient().PostWebhookAsync(_hookPath, oversized);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Webhook_Returns413Problem_WhenAChunkedBodyGrowsOverOneMegabyte()
    {
        await ActiveWebhookWorkflowAsync();

        using var response = await _app.CreateClient().PostAsync(_hookPath, new ChunkedContent(1024 * 1024 + 1));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Webhook_Returns404Problem_AfterTheWorkflowIsDeactivated()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));
        await api.ActivateAsync(workflowId);
        await api.DeactivateAsync(workflowId);

        using var response = await _app.CreateClient().PostWebhookAsync(_hookPath, "{}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await _app.ExecutionsOfAsync(workflowId));
    }

    [Fact]
    public async Task Activation_Returns409Problem_WhenAnotherActiveWorkflowHasThePath()
    {
        var api = await ActiveWebhookWorkflowAsync();
        var second = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));

        using var response = await api.PostAsync($"/api/workflows/{second}/activate", null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(_hookPath, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Activation_TakesOverThePath_OfADeactivatedWorkflow()
    {
        var api = await _app.CreateApiClientAsync();
        var first = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));
        await api.ActivateAsync(first);
        await api.DeactivateAsync(first);
        var second = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));

        await api.ActivateAsync(second);
        using var response = await _app.CreateClient().PostWebhookAsync(_hookPath, """{ "name": "Ada" }""");

        var execution = await api.GetExecutionAsync(await response.ExecutionIdOfAsync());
        Assert.Equal(second, execution["workflowId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Webhook_IsServed_AtThePathTheUserGuideWrites()
    {
        var api = await _app.CreateApiClientAsync();
        await api.ActivateAsync(await api.ImportAsync(TestWorkflows.Webhook(WebhookPaths.Example)));

        using var response = await _app.CreateClient().PostWebhookAsync(WebhookPaths.Example, """{ "name": "Ada" }""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Activation_Returns4xxProblem_ForAPathTheServerWouldNeverServe()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook("/orders"));

        using var response = await api.PostAsync($"/api/workflows/{workflowId}/activate", null);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Contains("/webhooks/orders", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Webhook_Returns404Problem_ThatStatesTheRule_ForAPathOutsideIt()
    {
        using var response = await _app.CreateClient().PostWebhookAsync("/webhooks/orders.v2", "{}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(WebhookPaths.Rule, problem["detail"]!.GetValue<string>());
    }

    private async Task<HttpClient> ActiveWebhookWorkflowAsync()
    {
        var api = await _app.CreateApiClientAsync();
        await api.ActivateAsync(await api.ImportAsync(TestWorkflows.Webhook(_hookPath)));
        return api;
    }
}
