using System.Net;
using System.Text;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Api;

/// <summary>Bodies that are JSON but not what a call expects answer 400 with a problem that says what is wrong, never 500.</summary>
public sealed class BadRequestBodyTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly string _hookPath = TestWorkflows.UniqueHookPath("bad-bodies");
    private readonly AppFactory _app = shared.Factory;

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"s\"")]
    [InlineData("true")]
    public async Task Webhook_Returns400Problem_WhenTheBodyIsNotAnObject(string body)
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));
        await api.ActivateAsync(workflowId);

        using var response = await _app.CreateClient().PostWebhookAsync(_hookPath, body);

        await AssertSaysAsync(response, "object");
        Assert.Empty(await _app.ExecutionsOfAsync(workflowId));
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("true")]
    public async Task SignedWebhook_Returns400Problem_WhenTheBodyIsNotAnObject(string body)
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));
        await api.ActivateAsync(workflowId);
        var secret = await api.CreateWebhookSecretAsync(workflowId);

        using var response = await _app.CreateClient().PostSignedWebhookAsync(_hookPath, body, secret, _app.Clock.GetUtcNow());

        await AssertSaysAsync(response, "object");
    }

    [Theory]
    [InlineData("""{"input": 42}""", "object")]
    [InlineData("""{"input": "s"}""", "object")]
    [InlineData("[1]", "")]
    [InlineData("\"s\"", "")]
    [InlineData("""{"input": {}""", "")]
    public async Task Run_Returns400Problem_ForABodyOfTheWrongShape(string body, string saying)
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Greeting());

        using var response = await api.PostAsync($"/api/workflows/{workflowId}/runs", Json(body));

        await AssertSaysAsync(response, saying);
    }

    [Theory]
    [InlineData("{}", "name")]
    [InlineData("""{"name": "x"}""", "policy")]
    [InlineData("""{"name": "x", "policy": "p", "actions": [null]}""", "actions")]
    [InlineData("""{"name": null, "policy": "p", "actions": []}""", "name")]
    public async Task JourneyCreate_Returns400Problem_WhenARequiredFieldIsMissing(string body, string saying)
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsync("/api/journeys", Json(body));

        await AssertSaysAsync(response, saying);
    }

    [Fact]
    public async Task JourneySave_Returns400Problem_ForAnEmptyObject()
    {
        var api = await _app.CreateApiClientAsync();
        var journeyId = await api.CreateJourneyAsync(new() { ["name"] = "Welcome", ["policy"] = "Greet new customers.", ["actions"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["action"] = "email_send" }) });

        using var response = await api.PutAsync($"/api/journeys/{journeyId}", Json("{}"));

        await AssertSaysAsync(response, "name");
    }

    [Theory]
    [InlineData("/api/executions/retry")]
    [InlineData("/api/executions/cancel")]
    public async Task BulkAction_Returns400Problem_WhenTheIdsHoldNull(string path)
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsync(path, Json("""{"ids": [null]}"""));

        await AssertSaysAsync(response, "ids");
    }

    [Fact]
    public async Task Webhook_Returns400Problem_WhenTheBodyIsNotUtf8()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook(_hookPath));
        await api.ActivateAsync(workflowId);

        using var response = await _app.CreateClient().PostAsync(_hookPath, NotUtf8("{\"name\": \"Ad\u00ff\"}"));

        await AssertSaysAsync(response, "UTF-8");
        Assert.Empty(await _app.ExecutionsOfAsync(workflowId));
    }

    [Theory]
    [InlineData("/api/events", "{\"type\": \"order.placed\", \"subjectId\": \"\u00ff\"}")]
    [InlineData("/api/journeys", "{\"name\": \"\u00ff\", \"policy\": \"p\", \"actions\": []}")]
    [InlineData("/api/workflows/validate", "{\"name\": \"\u00ff\"}")]
    public async Task ApiCall_Returns400Problem_WhenTheBodyIsNotUtf8(string path, string body)
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsync(path, NotUtf8(body));

        await AssertSaysAsync(response, "UTF-8");
    }

    /// <summary>The text with every ÿ sent as the lone Latin-1 byte 0xFF, which no UTF-8 text contains.</summary>
    private static ByteArrayContent NotUtf8(string text)
    {
        var content = new ByteArrayContent([.. text.Select(c => c == '\u00ff' ? (byte)0xFF : (byte)c)]);
        content.Headers.ContentType = new("application/json");
        return content;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task AssertSaysAsync(HttpResponseMessage response, string saying)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var detail = problem["detail"]?.GetValue<string>() ?? "";
        Assert.False(string.IsNullOrWhiteSpace(detail), "The problem does not say what is wrong.");
        Assert.Contains(saying, detail, StringComparison.OrdinalIgnoreCase);
    }
}
