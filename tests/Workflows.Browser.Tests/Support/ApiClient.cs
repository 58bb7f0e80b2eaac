using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Workflows.Browser.Tests.Support;

/// <summary>The app's API with the server's key (made by its command line), for setting up what a browser test then looks at.</summary>
public sealed class ApiClient(HttpClient http)
{
    public static async Task<ApiClient> CreateAsync(AppServer app)
    {
        var key = await app.ApiKeyAsync();
        var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return new ApiClient(http);
    }

    public async Task<string> ImportAsync(string workflowJson)
    {
        using var response = await http.PostAsync("/api/workflows", new StringContent(workflowJson, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public async Task ActivateAsync(string workflowId)
    {
        using var response = await http.PostAsync($"/api/workflows/{workflowId}/activate", null);
        response.EnsureSuccessStatusCode();
    }

    public async Task PublishAsync(string workflowId)
    {
        using var response = await http.PostAsync($"/api/workflows/{workflowId}/publish", null);
        response.EnsureSuccessStatusCode();
    }

    public async Task<string> RunAsync(string workflowId, object input)
    {
        using var response = await http.PostAsJsonAsync($"/api/workflows/{workflowId}/runs", new { input });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
    }

    public async Task<string> CreateJourneyAsync(JsonObject definition)
    {
        using var response = await http.PostAsJsonAsync("/api/journeys", definition);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>The journey's definition as saved.</summary>
    public async Task<JsonObject> JourneyAsync(string journeyId) =>
        (await http.GetFromJsonAsync<JsonObject>($"/api/journeys/{journeyId}"))!["definition"]!.AsObject();

    public async Task SaveJourneyAsync(string journeyId, JsonObject definition)
    {
        using var response = await http.PutAsJsonAsync($"/api/journeys/{journeyId}", definition);
        response.EnsureSuccessStatusCode();
    }

    public async Task EnrolAsync(string journeyId, string contactId)
    {
        using var response = await http.PostAsJsonAsync($"/api/journeys/{journeyId}/contacts", new { contactId });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Enrols the customers of the journey's segment; how many entered.</summary>
    public async Task<int> EnrolSegmentAsync(string journeyId)
    {
        using var response = await http.PostAsync($"/api/journeys/{journeyId}/audience/enrol", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["enrolled"]!.GetValue<int>();
    }

    public async Task<JsonArray> JourneyRunsAsync(string journeyId) => (await http.GetFromJsonAsync<JsonArray>($"/api/journeys/{journeyId}/runs"))!;

    /// <summary>Returns once the contact's journey run has taken <paramref name="actions"/> actions (the model decides in the background).</summary>
    public Task WaitForActionsTakenAsync(string journeyId, string contactId, int actions) =>
        Poll.UntilAsync(
            async () => (await http.GetFromJsonAsync<JsonArray>($"/api/journeys/{journeyId}/runs"))!
                .Select(run => run!.AsObject()).SingleOrDefault(run => run["contactId"]!.GetValue<string>() == contactId),
            run => run?["actionsTaken"]!.GetValue<int>() >= actions,
            run => $"{contactId}'s run in journey {journeyId} took fewer than {actions} actions: {run?.ToJsonString() ?? "not enrolled"}");

    /// <summary>Returns the workflow's stats once <paramref name="runs"/> runs reached <paramref name="step"/> (the runner works in the background).</summary>
    public Task<JsonObject> WaitForReachAsync(string workflowId, string step, long runs) =>
        Poll.UntilAsync(
            async () => (await http.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}/stats"))!,
            stats => stats["steps"]!.AsArray().Any(s => s!["step"]!.GetValue<string>() == step && s["runs"]!.GetValue<long>() >= runs),
            stats => $"fewer than {runs} runs reached {step}: {stats.ToJsonString()}", TimeSpan.FromSeconds(60));

    /// <summary>The contacts whose runs of the workflow took <paramref name="path"/> at a split.</summary>
    public async Task<HashSet<string>> ExecutionsByPathAsync(string workflowId, string path)
    {
        var contacts = new HashSet<string>();
        for (var skip = 0; ; skip += 200)
        {
            var page = (await http.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}/executions?path={path}&skip={skip}&take=200"))!;
            var items = page["items"]!.AsArray();
            contacts.UnionWith(items.Select(e => e!["subjectId"]!.GetValue<string>()));
            if (items.Count < 200)
            {
                return contacts;
            }
        }
    }

    public async Task PublishEventAsync(string type, string subjectId, object data)
    {
        using var response = await http.PostAsJsonAsync("/api/events", new { type, subjectId, data });
        response.EnsureSuccessStatusCode();
    }

    public async Task CancelAsync(string executionId)
    {
        using var response = await http.PostAsync($"/api/executions/{executionId}/cancel", null);
        response.EnsureSuccessStatusCode();
    }

    public Task<JsonObject> WaitForStatusAsync(string executionId, string status) => http.WaitForStatusAsync(executionId, status);
}
