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

    /// <summary>A trigger, then one <c>set_variables</c> step named <c>note</c> with the given parameters.</summary>
    public static string Note(string trigger, string parameters) => $$$"""
        {
          "name": "Note",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": {{{trigger}}}, "nextSteps": { "success": "note" } },
            { "stepSlug": "note", "stepType": "action",
              "config": { "type": "set_variables", "parameters": {{{parameters}}} },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    public static string Webhook(string path) => Greeting($$"""{ "type": "webhook", "path": "{{path}}" }""");

    public static string Schedule(string cron, string timeZone) =>
        Note($$"""{ "type": "schedule", "cron": "{{cron}}", "timezone": "{{timeZone}}" }""", """{ "fired": true }""");

    /// <summary>Waits an hour, then runs a step whose slug names the version, so a run shows which version it ran.</summary>
    public static string Versioned(string finalStep) => $$$"""
        {
          "name": "Versioned",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "pause" } },
            { "stepSlug": "pause", "stepType": "wait", "config": { "duration": "1 hour" }, "nextSteps": { "success": "{{{finalStep}}}" } },
            { "stepSlug": "{{{finalStep}}}", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "ranStep": "{{{finalStep}}}" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    /// <summary>A step before and after <c>test.fail_once</c>, which has no error port, so its failure fails the run.</summary>
    public static string FailOnceInTheMiddle() => """
        {
          "name": "Fail once",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "prepare" } },
            { "stepSlug": "prepare", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "prepared": true } }, "nextSteps": { "success": "call" } },
            { "stepSlug": "call", "stepType": "action", "config": { "type": "test.fail_once" }, "nextSteps": { "success": "finish" } },
            { "stepSlug": "finish", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "finished": true } }, "nextSteps": { "success": "end" } }
          ]
        }
        """;

    /// <summary>Reads well but cannot be published: its only step links to a step that does not exist.</summary>
    public static string BrokenLink() => """
        {
          "name": "Broken link",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "nowhere" } }
          ]
        }
        """;

    /// <summary>One action, <c>test.block</c>, that runs until the run is cancelled.</summary>
    public static string Blocking() => """
        {
          "name": "Blocking",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "block" } },
            { "stepSlug": "block", "stepType": "action", "config": { "type": "test.block" }, "nextSteps": { "success": "end" } }
          ]
        }
        """;
}
