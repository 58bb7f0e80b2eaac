using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Hosting;

/// <summary>With the console's JSON format on, as log collectors read it, what a run logs carries the run, its workflow and its step.</summary>
public sealed class JsonConsoleLogTests : IDisposable
{
    private const string FailingCall = """
        {
          "name": "Call the closed door",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "call" } },
            { "stepSlug": "call", "stepType": "action",
              "config": { "type": "http_request", "parameters": { "url": "http://127.0.0.1:9/" } }, "nextSteps": { "success": "end" } }
          ]
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-logs-").FullName;

    [Fact]
    public async Task FailedRun_LogsAJsonLineWithTheExecutionWorkflowAndStep_WhenTheConsoleFormatIsJson()
    {
        var database = Path.Combine(_folder, "workflows.db");
        var apiKey = await AppProcess.CreateApiKeyAsync(database);
        await using var app = await AppProcess.StartAsync(database, apiKey, new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
        });
        var workflowId = await app.Client.ImportAsync(FailingCall);

        var executionId = await app.Client.StartRunAsync(workflowId);
        await app.Client.WaitForStatusAsync(executionId, "failed");

        var line = await Poll.UntilAsync(
            () => Task.FromResult(RunLines(app.Log, executionId).FirstOrDefault()),
            found => found is not null,
            _ => $"No JSON log line carried execution {executionId}:\n{app.Log}",
            TimeSpan.FromSeconds(10),
            TimeSpan.FromMilliseconds(50));
        Assert.Equal("Warning", line!["LogLevel"]!.GetValue<string>());
        Assert.Equal("call", line["State"]!["StepSlug"]!.GetValue<string>());
        var scope = line["Scopes"]!.AsArray().Single(s => s?["ExecutionId"] is not null)!;
        Assert.Equal(workflowId, scope["WorkflowId"]!.GetValue<string>());
        Assert.Equal("Call the closed door", scope["Workflow"]!.GetValue<string>());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The JSON lines whose scopes name the run.</summary>
    private static IEnumerable<JsonObject> RunLines(string log, string executionId) => log
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => line.StartsWith('{'))
        .Select(line => JsonNode.Parse(line)!.AsObject())
        .Where(line => line["Scopes"] is JsonArray scopes && scopes.Any(s => s?["ExecutionId"]?.GetValue<string>() == executionId));
}
