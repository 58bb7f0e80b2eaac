using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Runs one action the way a workflow step does (templating, parameter checks, error port) with the app's real services and database.</summary>
internal static class ActionRunner
{
    /// <remarks>The same <c>executionId</c> twice is the same step run again, as after a crash: it has the same idempotency key.</remarks>
    public static async Task<StepRecord> RunActionAsync(this AppFactory app, string type, JsonObject parameters, JsonNode? input = null, string? executionId = null)
    {
        var step = new StepDefinition("act", StepTypes.Action, new JsonObject { ["type"] = type, ["parameters"] = parameters },
            new Dictionary<string, string> { [Ports.Error] = "end" });
        var workflow = new WorkflowDefinition($"run {type}", [step]);
        var executor = app.Services.GetRequiredService<WorkflowExecutor>();
        var journal = new InMemoryJournal();
        var state = executor.Start(workflow, new StartRequest { ExecutionId = executionId, WorkflowId = "wf_test", Input = input });
        await executor.RunAsync(workflow, state, journal);
        return journal.Records.Single();
    }

    /// <summary>The action's output; fails the test with the action's error if it took the error port.</summary>
    public static async Task<JsonNode> OutputOfAsync(this AppFactory app, string type, JsonObject parameters, JsonNode? input = null, string? executionId = null)
    {
        var record = await app.RunActionAsync(type, parameters, input, executionId);
        Assert.True(record.Port == Ports.Success, $"{type} failed: {record.Error}");
        return record.Output!;
    }

    /// <summary>The message a user reads when the action fails.</summary>
    public static async Task<string> ErrorOfAsync(this AppFactory app, string type, JsonObject parameters)
    {
        var record = await app.RunActionAsync(type, parameters);
        Assert.Equal(Ports.Error, record.Port);
        return record.Error!;
    }
}
