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
}
