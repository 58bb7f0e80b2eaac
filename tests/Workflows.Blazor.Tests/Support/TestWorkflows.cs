namespace Workflows.Blazor.Tests.Support;

/// <summary>Small workflows for runner tests, written as users write them.</summary>
internal static class TestWorkflows
{
    public static string Greeting(string trigger = """{ "type": "manual" }""") => $$$"""
        {
          "name": "Greeting",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": {{{trigger}}}, "nextSteps": { "success": "greet" } },
            { "stepSlug": "greet", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "greeting": "Hello {{input.name}}" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    public static string WaitThenGreet(string waitConfig) => $$$"""
        {
          "name": "Wait then greet",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "pause" } },
            { "stepSlug": "pause", "stepType": "wait", "config": {{{waitConfig}}}, "nextSteps": { "success": "greet", "timeout": "too_late" } },
            { "stepSlug": "greet", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "outcome": "resumed" } },
              "nextSteps": { "success": "end", "error": "end" } },
            { "stepSlug": "too_late", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "outcome": "timed out" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    /// <summary>
    /// A loop over <c>{{input.items}}</c> (each <c>{ n, even }</c>): a condition on the item, then one of two
    /// set_variables steps, and a last step that records the count. 3 × items + 3 step runs, each committed.
    /// </summary>
    public static string ItemLoop() => """
        {
          "name": "Item loop",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "each_item" } },
            { "stepSlug": "each_item", "stepType": "loop", "config": { "items": "{{input.items}}", "itemVariable": "item" },
              "nextSteps": { "next": "is_even", "done": "finish" } },
            { "stepSlug": "is_even", "stepType": "condition", "config": { "expression": "{{loop.item.even}} == true" },
              "nextSteps": { "true": "mark_even", "false": "mark_odd" } },
            { "stepSlug": "mark_even", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "last": "{{loop.item.n}}", "lastEven": "{{loop.item.n}}" } },
              "nextSteps": { "success": "each_item", "error": "end" } },
            { "stepSlug": "mark_odd", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "last": "{{loop.item.n}}", "lastOdd": "{{loop.item.n}}" } },
              "nextSteps": { "success": "each_item", "error": "end" } },
            { "stepSlug": "finish", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "count": "{{steps.each_item.output.count}}", "done": true } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    public static object ItemLoopInput(int items) =>
        new { input = new { items = Enumerable.Range(0, items).Select(n => new { n, even = n % 2 == 0 }).ToArray() } };
}
