using Workflows.Blazor.Cli;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Cli;

public sealed class CliAppTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wf-cli-").FullName;

    [Fact]
    public async Task Validate_ExitsOne_AndListsFindingsWithCodeAndStep_WhenTheWorkflowHasErrors()
    {
        var file = Write("""{ "name": "Broken", "steps": [ { "stepSlug": "check", "stepType": "condition", "config": { "expression": "{{input.total}} >" }, "nextSteps": { "true": "nowhere" } } ] }""");

        var (exit, output, _) = await Run("validate", file);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("error invalid-expression [check]", output);
        Assert.Contains("error missing-target [check]", output);
    }

    [Fact]
    public async Task Validate_ExitsZero_WhenTheWorkflowIsValid()
    {
        var (exit, output, _) = await Run("validate", Write(SetVariablesWorkflow));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("0 error(s)", output);
    }

    [Fact]
    public async Task Validate_ExplainsTheJsonPath_WhenTheFileIsNotAWorkflow()
    {
        var (exit, _, error) = await Run("validate", Write("""{ "name": "x", "steps": {} }"""));

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("$.steps", error);
    }

    [Fact]
    public async Task Run_PrintsEachStepAndTheStatus_WhenTheRunCompletes()
    {
        var (exit, output, _) = await Run("run", Write(SetVariablesWorkflow), "--input", """{"name":"Ada"}""");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("remember (action) → success", output);
        Assert.Contains("status: completed", output);
        Assert.Contains("\"greeting\":\"Hello Ada\"", output);
    }

    [Fact]
    public async Task Run_PrintsTheExecutionRecordAsJson_WithJsonSwitch()
    {
        var (exit, output, _) = await Run("run", Write(SetVariablesWorkflow), "--input", """{"name":"Ada"}""", "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        var json = System.Text.Json.Nodes.JsonNode.Parse(output)!;
        Assert.Equal("completed", json["status"]!.GetValue<string>());
        Assert.Equal("Hello Ada", json["steps"]![1]!["output"]!["greeting"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_ExitsWithUsage_WhenTheInputIsNotJson()
    {
        var (exit, _, error) = await Run("run", Write(SetVariablesWorkflow), "--input", "{nope");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--input is not valid JSON", error);
    }

    [Fact]
    public async Task Cli_ExitsWithUsage_WhenTheFileArgumentIsMissing()
    {
        var (exit, _, error) = await Run("run");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("file", error);
    }

    [Fact]
    public async Task Mermaid_PrintsAFlowchart()
    {
        var (exit, output, _) = await Run("mermaid", Write(SetVariablesWorkflow));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("flowchart TD", output);
        Assert.Contains("-->|success|", output);
    }

    [Fact]
    public async Task Validate_PrintsTheNextRuns_ForAScheduleTrigger()
    {
        var file = Write("""
            { "name": "Daily", "steps": [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "schedule", "cron": "30 9 * * *", "timezone": "UTC" }, "nextSteps": { "success": "remember" } },
              { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": 1 } }, "nextSteps": { "error": "end" } } ] }
            """);

        var (exit, output, _) = await Run("validate", file);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(@"Next runs \(UTC\): \d{4}-\d\d-\d\d 09:30, ", output);
    }

    [Fact]
    public async Task Run_AnswersAnLlmStepWithItsTestOutput_InATestRun()
    {
        var (exit, output, _) = await Run("run", Write(LlmWorkflow), "--test");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("\"status\":\"vip\"", output);
    }

    [Fact]
    public async Task Run_UsesTheTestOutputsFile_BeforeTheStepsOwnSample()
    {
        var samples = Write("""{ "assess": { "status": "at_risk" } }""");

        var (exit, output, _) = await Run("run", Write(LlmWorkflow), "--test-outputs", samples);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("\"status\":\"at_risk\"", output);
    }

    [Fact]
    public async Task Run_ExitsWithUsage_WhenTheTestOutputsAreNotAnObject()
    {
        var (exit, _, error) = await Run("run", Write(LlmWorkflow), "--test-outputs", Write("[1, 2]"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--test-outputs", error);
    }

    private const string LlmWorkflow = """
        {
          "name": "Assess",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "assess" } },
            { "stepSlug": "assess", "stepType": "llm",
              "config": { "systemPrompt": "Assess the customer.", "outputFormat": "json", "testOutput": { "status": "vip" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private const string SetVariablesWorkflow = """
        {
          "name": "Greeting",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "remember" } },
            { "stepSlug": "remember", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "greeting": "Hello {{input.name}}" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    private string Write(string json)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private Task<(int Exit, string Output, string Error)> Run(params string[] args) => CommandLine.RunAsync(Path.Combine(_folder, "cli.db"), args);
}
