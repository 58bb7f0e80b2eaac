using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Editor;

/// <summary>Small workflows for editor tests, built from step types that need no actions.</summary>
internal static class EditorFlows
{
    public static WorkflowValidator Validator { get; } = new(new ActionCatalog([]));

    public static StepDefinition Step(string slug, string type, JsonObject config, params (string Port, string Target)[] links) =>
        new(slug, type, config, links.ToDictionary(l => l.Port, l => l.Target)) { Position = new CanvasPosition(0, 0) };

    /// <summary>start → wait → check (true → done_wait).</summary>
    public static WorkflowDefinition Linear() => new("Linear",
    [
        Step("start", StepTypes.Trigger, new JsonObject { ["type"] = "manual" }, ("success", "wait")),
        Step("wait", StepTypes.Wait, new JsonObject { ["duration"] = "1 day" }, ("success", "check")),
        Step("check", StepTypes.Condition, new JsonObject { ["expression"] = "1 == 1" }, ("true", "done_wait")),
        Step("done_wait", StepTypes.Wait, new JsonObject { ["duration"] = "1 hour" }),
    ]);
}
