using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Tests.Support;

internal static class ApiClientExtensions
{
    public static async Task<string> ImportAsync(this HttpClient client, string workflowJson)
    {
        using var response = await client.PostAsync("/api/workflows", new StringContent(workflowJson, System.Text.Encoding.UTF8, "application/json"));
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public static async Task ActivateAsync(this HttpClient client, string workflowId)
    {
        using var response = await client.PostAsync($"/api/workflows/{workflowId}/activate", null);
        await response.EnsureSuccessWithBodyAsync();
    }

    public static async Task DeactivateAsync(this HttpClient client, string workflowId)
    {
        using var response = await client.PostAsync($"/api/workflows/{workflowId}/deactivate", null);
        await response.EnsureSuccessWithBodyAsync();
    }

    public static async Task<int> PublishAsync(this HttpClient client, string workflowId)
    {
        using var response = await client.PostAsync($"/api/workflows/{workflowId}/publish", null);
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>();
    }

    public static async Task<string> StartRunAsync(this HttpClient client, string workflowId, object? body = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/workflows/{workflowId}/runs", body ?? new { });
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
    }

    public static async Task EnsureSuccessWithBodyAsync(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
