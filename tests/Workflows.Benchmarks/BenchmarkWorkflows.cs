using System.Text.Json.Nodes;

namespace Workflows.Benchmarks;

internal static class BenchmarkWorkflows
{
    public const string LoopWithCondition = """
        {
          "name": "Assess in a loop",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "loop_customers" } },
            { "stepSlug": "loop_customers", "stepType": "loop",
              "config": { "items": "{{input.customers}}", "itemVariable": "customer" },
              "nextSteps": { "next": "is_vip", "done": "end" } },
            { "stepSlug": "is_vip", "stepType": "condition",
              "config": { "expression": "{{loop.item.totalSpent}} > 1000" },
              "nextSteps": { "true": "mark_vip", "false": "mark_regular" } },
            { "stepSlug": "mark_vip", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "last": "{{loop.item._id}}", "tier": "vip" } },
              "nextSteps": { "success": "loop_customers", "error": "end" } },
            { "stepSlug": "mark_regular", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "last": "{{loop.item._id}}", "tier": "regular" } },
              "nextSteps": { "success": "loop_customers", "error": "end" } }
          ]
        }
        """;

    /// <summary>The runner's throughput shape: a webhook, a set_variables step, a condition. Three step records per run.</summary>
    public static readonly string WebhookOrder = Order("""{ "type": "webhook", "path": "/webhooks/bench-order" }""");

    /// <summary>The same flow started through the runs API, whose body carries the order as <c>input</c>.</summary>
    public static readonly string ManualOrder = Order("""{ "type": "manual" }""");

    private static string Order(string trigger) => $$$"""
        {
          "name": "Order",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": {{{trigger}}}, "nextSteps": { "success": "remember" } },
            { "stepSlug": "remember", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "orderId": "{{input.orderId}}", "total": "{{input.total}}" } },
              "nextSteps": { "success": "is_big", "error": "end" } },
            { "stepSlug": "is_big", "stepType": "condition", "config": { "expression": "{{variables.total}} > 100" },
              "nextSteps": { "true": "end", "false": "end" } }
          ]
        }
        """;

    /// <summary>A manual run that waits an hour, then sets a variable in its step <c>greet</c>.</summary>
    public const string WaitThenGreet = """
        {
          "name": "Wait then greet",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "pause" } },
            { "stepSlug": "pause", "stepType": "wait", "config": { "duration": "1 hour" }, "nextSteps": { "success": "greet" } },
            { "stepSlug": "greet", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "outcome": "resumed" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    /// <summary>A trigger followed by <paramref name="steps"/> - 1 set_variables steps, each reading the one before.</summary>
    public static string Linear(int steps)
    {
        var list = new JsonArray
        {
            new JsonObject
            {
                ["stepSlug"] = "start", ["stepType"] = "trigger", ["config"] = new JsonObject { ["type"] = "manual" },
                ["nextSteps"] = new JsonObject { ["success"] = "step_1" },
            },
        };
        for (var i = 1; i < steps; i++)
        {
            list.Add(new JsonObject
            {
                ["stepSlug"] = $"step_{i}",
                ["stepType"] = "action",
                ["config"] = new JsonObject
                {
                    ["type"] = "set_variables",
                    ["parameters"] = new JsonObject { ["greeting"] = $"Hello {{{{input.name}}}} #{i}", ["previous"] = i == 1 ? "{{input}}" : $"{{{{steps.step_{i - 1}.output.greeting}}}}" },
                },
                ["nextSteps"] = new JsonObject { ["success"] = i + 1 < steps ? $"step_{i + 1}" : "end", ["error"] = "end" },
            });
        }
        return new JsonObject { ["name"] = "Linear", ["steps"] = list }.ToJsonString();
    }
}
