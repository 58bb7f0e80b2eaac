using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions.Integration;

/// <summary>A workflow around one <c>http_request</c> step named <c>call</c>, with both of its ports wired.</summary>
internal static class HttpWorkflows
{
    public static string Call(JsonObject parameters) => $$$"""
        {
          "name": "Call an API",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "call" } },
            { "stepSlug": "call", "stepType": "action", "config": { "type": "http_request", "parameters": {{{parameters.ToJsonString()}}} },
              "nextSteps": { "success": "done", "error": "handle_error" } },
            { "stepSlug": "done", "stepType": "action", "config": { "type": "set_variables", "parameters": { "outcome": "success" } },
              "nextSteps": { "success": "end" } },
            { "stepSlug": "handle_error", "stepType": "action", "config": { "type": "set_variables", "parameters": { "outcome": "error" } },
              "nextSteps": { "success": "end" } }
          ]
        }
        """;

    /// <summary>Runs the workflow to completion and returns the record of its <c>call</c> step.</summary>
    public static async Task<(JsonObject Execution, JsonObject Call)> RunAsync(this HttpClient api, JsonObject parameters)
    {
        var executionId = await api.StartRunAsync(await api.ImportAsync(Call(parameters)));
        var execution = await api.WaitForStatusAsync(executionId, "completed");
        var call = execution["steps"]!.AsArray().Single(step => step!["stepSlug"]!.GetValue<string>() == "call")!.AsObject();
        return (execution, call);
    }
}
