using System.Text.Json.Nodes;

namespace Workflows.Browser.Tests.Support;

/// <summary>The sample workflows under assets/workflows, imported under a fresh name so tests never share one.</summary>
internal static class AssetWorkflows
{
    public static async Task<string> ImportAsync(AppServer app, string file, string? name = null)
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", file)))!;
        json["name"] = name ?? $"{json["name"]} {Guid.NewGuid().ToString("N")[..6]}";
        var api = await ApiClient.CreateAsync(app);
        return await api.ImportAsync(json.ToJsonString());
    }

    /// <summary>Imports, activates and runs the VIP offer sample for a customer who is no VIP, and waits until the run is done.</summary>
    public static async Task<(string WorkflowId, string ExecutionId)> FinishedRunAsync(AppServer app)
    {
        var id = await ImportAsync(app, "vip-offer-review.json");
        var api = await ApiClient.CreateAsync(app);
        await api.ActivateAsync(id);
        var executionId = await api.RunAsync(id, new { customerId = "cust_456" });
        await api.WaitForStatusAsync(executionId, "completed");
        return (id, executionId);
    }
}
