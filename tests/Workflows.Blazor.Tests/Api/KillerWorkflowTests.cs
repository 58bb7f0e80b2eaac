using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Api;

/// <summary>
/// Workflows built to crash the server, sent to the built app in a child process: it must refuse or check them and
/// still answer the next request. A stack overflow would end the child, which the next request shows.
/// </summary>
[LongRunning]
public sealed class KillerWorkflowTests : IDisposable
{
    private const string Trigger = "{ \"type\": \"manual\" }";

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-killer-").FullName;

    private string DatabasePath => Path.Combine(_folder, "workflows.db");

    [Fact]
    public async Task Validate_ReportsTheCycle_AndTheAppAnswersNext_ForAChainOfThirtyThousandSteps()
    {
        await using var app = await StartAsync(new Dictionary<string, string> { ["Limits__MaxStepsPerWorkflow"] = "100000" });

        using var response = await PostAsync(app, "/api/workflows/validate", LongChainJson.Linear(30_000, backToFirst: true));

        await response.EnsureSuccessWithBodyAsync();
        var findings = (await response.Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Contains(findings, f => f!["code"]!.GetValue<string>() == "cycle-without-loop");
        await AssertAnswersAsync(app);
    }

    [Fact]
    public async Task Import_Returns400Problem_AndStoresNothing_ForAWorkflowOfThreeThousandSteps()
    {
        await using var app = await StartAsync();

        using var response = await PostAsync(app, "/api/workflows", LongChainJson.Linear(3_000));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The workflow is too large", problem["title"]!.GetValue<string>());
        Assert.Equal("This workflow has 3,001 steps; a workflow may have at most 2,000. Split it into smaller workflows.", problem["detail"]!.GetValue<string>());
        Assert.Equal(0, (await DatabaseFile.QueryAsync(DatabasePath, "SELECT COUNT(*) FROM Workflows", r => r.GetInt32(0)))[0]);
        await AssertAnswersAsync(app);
    }

    [Fact]
    public async Task Validate_RefusesForSizeOnly_ForAChainOfThirtyThousandStepsUnderTheDefaultCap()
    {
        await using var app = await StartAsync();

        using var response = await PostAsync(app, "/api/workflows/validate", LongChainJson.Linear(30_000, backToFirst: true));

        await response.EnsureSuccessWithBodyAsync();
        var finding = Assert.Single((await response.Content.ReadFromJsonAsync<JsonArray>())!);
        Assert.Equal("too-many-steps", finding!["code"]!.GetValue<string>());
        await AssertAnswersAsync(app);
    }

    [Fact]
    public async Task GetWorkflow_AnswersWithTheSizeFinding_ForAFifteenThousandStepWorkflowStoredUnderAHigherCap()
    {
        string id;
        await using (var generous = await StartAsync(new Dictionary<string, string> { ["Limits__MaxStepsPerWorkflow"] = "100000" }))
        {
            id = await generous.Client.ImportAsync(LongChainJson.Linear(15_000));
            using var opened = await generous.Client.GetAsync($"/api/workflows/{id}");
            await opened.EnsureSuccessWithBodyAsync();
        }
        await using var app = await StartAsync();

        using var response = await app.Client.GetAsync($"/api/workflows/{id}");

        await response.EnsureSuccessWithBodyAsync();
        var finding = Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["findings"]!.AsArray());
        Assert.Equal("too-many-steps", finding!["code"]!.GetValue<string>());
        await AssertAnswersAsync(app);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var apiKey = File.Exists(DatabasePath) ? await File.ReadAllTextAsync(KeyPath) : await AppProcess.CreateApiKeyAsync(DatabasePath);
        await File.WriteAllTextAsync(KeyPath, apiKey);
        return await AppProcess.StartAsync(DatabasePath, apiKey, settings);
    }

    private string KeyPath => Path.Combine(_folder, "api-key");

    private static Task<HttpResponseMessage> PostAsync(AppProcess app, string path, string json) =>
        app.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>The process is alive and serving: a small workflow imports.</summary>
    private static async Task AssertAnswersAsync(AppProcess app) =>
        Assert.False(string.IsNullOrEmpty(await app.Client.ImportAsync(TestWorkflows.Greeting(Trigger))));
}
