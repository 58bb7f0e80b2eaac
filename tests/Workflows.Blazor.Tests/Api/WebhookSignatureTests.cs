using System.Net;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Api;

public sealed class WebhookSignatureTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly string _hookPath = TestWorkflows.UniqueHookPath("new-order");
    private const string Body = """{ "name": "Ada" }""";
    private readonly AppFactory _app = shared.Factory;

    [Fact]
    public async Task SignedWebhook_Returns401Problem_WithoutASignature()
    {
        await SignedWorkflowAsync();

        using var response = await _app.CreateClient().PostWebhookAsync(_hookPath, Body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("X-Webhook-Signature", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignedWebhook_Returns401Problem_WithASignatureFromAnotherSecret()
    {
        await SignedWorkflowAsync();

        using var response = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, "whsec_not-the-secret", _app.Clock.GetUtcNow());

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignedWebhook_Returns401Problem_WhenTheTimestampIsOlderThanFiveMinutes()
    {
        var (_, _, secret) = await SignedWorkflowAsync();
        var signedAt = _app.Clock.GetUtcNow();

        _app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var response = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, signedAt);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("5 minutes", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignedWebhook_Returns202AndRuns_WithACorrectSignature()
    {
        var (api, _, secret) = await SignedWorkflowAsync();

        using var response = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, _app.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await api.WaitForStatusAsync(await response.ExecutionIdOfAsync(), "completed");
    }

    [Fact]
    public async Task SignedWebhook_KeepsItsSecret_WhenDeactivatedAndActivatedAgain()
    {
        var (api, workflowId, secret) = await SignedWorkflowAsync();

        await api.DeactivateAsync(workflowId);
        await api.ActivateAsync(workflowId);
        using var unsigned = await _app.CreateClient().PostWebhookAsync(_hookPath, Body);
        using var signed = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, _app.Clock.GetUtcNow());

        await unsigned.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
    }

    [Fact]
    public async Task SignedWebhook_KeepsItsSecret_WhenActivatedAgainWithANewVersion()
    {
        var (api, workflowId, secret) = await SignedWorkflowAsync();

        await _app.SaveDraftAsync(workflowId, TestWorkflows.Note($$"""{ "type": "webhook", "path": "{{_hookPath}}" }""", """{ "v": 2 }"""));
        await api.ActivateAsync(workflowId);
        using var unsigned = await _app.CreateClient().PostWebhookAsync(_hookPath, Body);
        using var signed = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, Body, secret, _app.Clock.GetUtcNow());

        await unsigned.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
    }

    private async Task<(HttpClient Api, string WorkflowId, string Secret)> SignedWorkflowAsync()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));
        await api.ActivateAsync(workflowId);
        return (api, workflowId, await api.CreateWebhookSecretAsync(workflowId));
    }
}
