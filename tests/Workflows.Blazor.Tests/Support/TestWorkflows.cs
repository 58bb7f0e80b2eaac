namespace Workflows.Blazor.Tests.Support;

/// <summary>Small workflows for runner tests, written as users write them.</summary>
internal static class TestWorkflows
{
    /// <summary>A webhook path no other test uses, for tests that share one app: <c>/webhooks/new-order-3f2a…</c>.</summary>
    public static string UniqueHookPath(string name) => $"/webhooks/{name}-{Guid.NewGuid():N}";

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

    /// <summary>The trigger config of a workflow that an event of <paramref name="eventType"/> starts.</summary>
    public static string EventTrigger(string eventType) => $$"""{ "type": "event", "eventType": "{{eventType}}" }""";

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

    /// <summary>
    /// A loop over <c>{{input.items}}</c> (each <c>{ n, even }</c>): a condition on the item, then one of two
    /// set_variables steps, and a last step that records the count. 3 × items + 3 step runs, none with a side effect.
    /// With <paramref name="logEvens"/>, each even item is also logged as a campaign event (campaign <c>items</c>, event
    /// <c>even</c>, data <c>{ n }</c>) after its set_variables step: a step with a side effect, once per even item.
    /// </summary>
    public static string ItemLoop(bool logEvens = false) => $$$"""
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
              "nextSteps": { "success": "{{{(logEvens ? "log_even" : "each_item")}}}", "error": "end" } },
            {{{(logEvens ? LogEven : "")}}}
            { "stepSlug": "mark_odd", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "last": "{{loop.item.n}}", "lastOdd": "{{loop.item.n}}" } },
              "nextSteps": { "success": "each_item", "error": "end" } },
            { "stepSlug": "finish", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "count": "{{steps.each_item.output.count}}", "done": true } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    private const string LogEven = """
        { "stepSlug": "log_even", "stepType": "action",
          "config": { "type": "campaign.log_event", "parameters": { "campaign": "items", "eventType": "even", "data": { "n": "{{loop.item.n}}" } } },
          "nextSteps": { "success": "each_item", "error": "end" } },
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

    /// <summary>
    /// Sets <c>region</c>, then greets <c>{{input.customer.name}}</c> from <c>{{variables.region}}</c> with no error port:
    /// it fails while the input has no customer name.
    /// </summary>
    public static string GreetCustomer() => """
        {
          "name": "Greet a customer",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "prepare" } },
            { "stepSlug": "prepare", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "region": "south" } }, "nextSteps": { "success": "greet" } },
            { "stepSlug": "greet", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "greeting": "Hello {{input.customer.name}} from {{variables.region}}" } },
              "nextSteps": { "success": "end" } }
          ]
        }
        """;

    public static object ItemLoopInput(int items) =>
        new { input = new { items = Enumerable.Range(0, items).Select(n => new { n, even = n % 2 == 0 }).ToArray() } };
}
