using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Api;

public sealed class WorkflowApiTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly AppFactory _app = shared.Factory;

    [Fact]
    public async Task Import_Returns400ProblemNamingTheJsonPath_ForAMalformedWorkflow()
    {
        var api = await _app.CreateApiClientAsync();
        const string missingType = """{ "name": "Broken", "steps": [ { "stepSlug": "start", "stepType": "trigger" }, { "stepSlug": "next" } ] }""";

        using var response = await api.PostAsync("/api/workflows", new StringContent(missingType, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("$.steps[1].stepType", problem["path"]!.GetValue<string>());
        Assert.Contains("stepType", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_Returns400ProblemNamingTheLine_ForTextThatIsNotJson()
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsync("/api/workflows", new StringContent("{ \"name\": \"Broken\",\n  \"steps\": [ } ", Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("line 2", problem["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetWorkflow_Returns404Problem_ForAnUnknownId()
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.GetAsync("/api/workflows/no-such-workflow");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("no-such-workflow", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetExecution_Returns404Problem_ForAnUnknownId()
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.GetAsync("/api/executions/no-such-execution");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("no-such-execution", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetWorkflow_ReturnsTheDraftAndItsFindings()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.BrokenLink());

        var workflow = (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}"))!;

        Assert.Equal("Broken link", workflow["name"]!.GetValue<string>());
        Assert.False(workflow["isActive"]!.GetValue<bool>());
        Assert.Empty(workflow["versions"]!.AsArray());
        Assert.Equal("nowhere", workflow["definition"]!["steps"]![0]!["nextSteps"]!["success"]!.GetValue<string>());
        Assert.Contains(workflow["findings"]!.AsArray(), f => f!["code"]!.GetValue<string>() == "missing-target");
    }

    [Fact]
    public async Task Export_RoundTripsThroughImport()
    {
        var api = await _app.CreateApiClientAsync();
        var original = await api.ImportAsync(TestWorkflows.WaitThenGreet("""{ "event": "email.opened", "timeout": "2 days" }"""));

        var exported = await api.GetStringAsync($"/api/workflows/{original}/export");
        var copy = await api.ImportAsync(exported);

        Assert.NotEqual(original, copy);
        Assert.Equal(exported, await api.GetStringAsync($"/api/workflows/{copy}/export"));
        var originalDraft = (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{original}"))!["definition"];
        var copyDraft = (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{copy}"))!["definition"];
        Assert.True(JsonNode.DeepEquals(originalDraft, copyDraft), $"{originalDraft}\n!=\n{copyDraft}");
    }
}
