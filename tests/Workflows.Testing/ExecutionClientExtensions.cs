using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Workflows.Testing;

/// <summary>Reading an execution through the API, and waiting for the runner, which works in the background, to move it on.</summary>
public static class ExecutionClientExtensions
{
    public static async Task<JsonObject> GetExecutionAsync(this HttpClient client, string executionId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/executions/{executionId}"))!;

    /// <summary>Returns the execution once it has <paramref name="status"/> (e.g. <c>waiting</c>, <c>completed</c>).</summary>
    public static Task<JsonObject> WaitForStatusAsync(this HttpClient client, string executionId, string status) =>
        Poll.UntilAsync(
            () => client.GetExecutionAsync(executionId),
            execution => execution["status"]!.GetValue<string>() == status,
            execution => $"Execution {executionId} stayed {execution["status"]} (expected {status}): {execution.ToJsonString()}");
}
