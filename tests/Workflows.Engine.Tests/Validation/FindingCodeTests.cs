using System.Reflection;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

/// <summary>One small workflow per finding code that triggers exactly that problem.</summary>
public sealed class FindingCodeTests
{
    private const string Trigger = """{ "stepSlug": "t", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "a" } }""";

    public static TheoryData<string, string?, string> Cases() => new()
    {
        { FindingCodes.EmptyWorkflow, null, "[]" },
        { FindingCodes.TooManySteps, null, $"[ {Trigger}, {string.Join(", ", Enumerable.Range(0, 2_000).Select(i => Step($"s{i}")))} ]" },
        { FindingCodes.ImplicitTrigger, "a", """[ { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables" } } ]""" },
        { FindingCodes.MultipleTriggers, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "trigger", "config": { "type": "manual" } } ]""" },
        { FindingCodes.UnknownTriggerType, "t", """[ { "stepSlug": "t", "stepType": "trigger", "config": { "type": "manaul" } } ]""" },
        { FindingCodes.DuplicateSlug, "a", $$"""[ {{Trigger}}, {{Step("a")}}, {{Step("a")}} ]""" },
        { FindingCodes.UnknownStepType, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "actoin" } ]""" },
        { FindingCodes.UnknownActionType, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "action", "config": { "type": "email_sned" } } ]""" },
        { FindingCodes.UnknownPort, "a", $$"""[ {{Trigger}}, {{Step("a", "\"sucess\": \"end\"")}} ]""" },
        { FindingCodes.MissingTarget, "a", $$"""[ {{Trigger}}, {{Step("a", "\"success\": \"nowhere\"")}} ]""" },
        { FindingCodes.UnreachableStep, "b", $$"""[ {{Trigger}}, {{Step("a")}}, {{Step("b")}} ]""" },
        { FindingCodes.CycleWithoutLoop, "a", $$"""[ {{Trigger}}, {{Step("a", "\"success\": \"b\"")}}, {{Step("b", "\"success\": \"a\"")}} ]""" },
        { FindingCodes.LoopNeverReturns, "a", $$$"""[ {{{Trigger}}}, { "stepSlug": "a", "stepType": "loop", "config": { "items": "{{input.list}}" }, "nextSteps": { "next": "b", "done": "end" } }, {{{Step("b")}}} ]""" },
        { FindingCodes.MissingErrorPort, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "success": "end" } } ]""" },
        { FindingCodes.MissingConfig, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "condition", "config": { }, "nextSteps": { "true": "end" } } ]""" },
        { FindingCodes.MissingParameter, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "action", "config": { "type": "email_send", "parameters": { "subject": "s", "body": "b" } }, "nextSteps": { "error": "end" } } ]""" },
        { FindingCodes.InvalidTemplate, "a", $$"""[ {{Trigger}}, {{Step("a", "", "\"note\": \"{{#open}} never closed\"")}} ]""" },
        { FindingCodes.UnknownVariable, "a", $$"""[ {{Trigger}}, {{Step("a", "", "\"to\": \"{{customer.email}}\"")}} ]""" },
        { FindingCodes.StepNotBefore, "a", $$"""[ {{Trigger}}, {{Step("a", "\"success\": \"b\"", "\"x\": \"{{steps.b.output}}\"")}}, {{Step("b")}} ]""" },
        { FindingCodes.LoopOutsideLoop, "a", $$"""[ {{Trigger}}, {{Step("a", "", "\"x\": \"{{loop.item}}\"")}} ]""" },
        { FindingCodes.InvalidExpression, "a", $$$"""[ {{{Trigger}}}, { "stepSlug": "a", "stepType": "condition", "config": { "expression": "{{input.x}} >" } } ]""" },
        { FindingCodes.InvalidDuration, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "wait", "config": { "duration": "3 dayz" } } ]""" },
        { FindingCodes.UnknownTool, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "llm", "config": { "systemPrompt": "s", "tools": ["customer_gte"] }, "nextSteps": { "error": "end" } } ]""" },
        { FindingCodes.InvalidOutputFormat, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "llm", "config": { "systemPrompt": "s", "outputFormat": "xml" }, "nextSteps": { "error": "end" } } ]""" },
        { FindingCodes.UnescapedData, "a", $$"""[ {{Trigger}}, {{Step("a", "", "\"note\": \"<p>{{{input.bio}}}</p>\"")}} ]""" },
        { FindingCodes.InvalidCron, "t", $$"""[ { "stepSlug": "t", "stepType": "trigger", "config": { "type": "schedule", "cron": "every day at 9" }, "nextSteps": { "success": "a" } }, {{Step("a")}} ]""" },
        { FindingCodes.InvalidTimeZone, "t", $$"""[ { "stepSlug": "t", "stepType": "trigger", "config": { "type": "schedule", "cron": "0 9 * * *", "timezone": "Mars/Olympus" }, "nextSteps": { "success": "a" } }, {{Step("a")}} ]""" },
        { FindingCodes.InvalidWebhookPath, "t", $$"""[ { "stepSlug": "t", "stepType": "trigger", "config": { "type": "webhook", "path": "/orders" }, "nextSteps": { "success": "a" } }, {{Step("a")}} ]""" },
        { FindingCodes.CredentialInClear, "a", $$"""[ {{Trigger}}, {{Step("a", "", "\"apiKey\": \"k3y-in-clear\"")}} ]""" },
        { FindingCodes.LoopsNestedTooDeep, "l4", NestedLoops(4) },
        { FindingCodes.UnboundedListQuery, "a", $$$"""
            [ {{{Trigger}}},
              { "stepSlug": "a", "stepType": "action", "config": { "type": "customer_search", "parameters": { "status": "active" } }, "nextSteps": { "success": "each", "error": "end" } },
              { "stepSlug": "each", "stepType": "loop", "config": { "items": "{{steps.a.output.customers}}" }, "nextSteps": { "next": "b", "done": "end" } },
              {{{Step("b", "\"success\": \"each\"")}}} ]
            """ },
        { FindingCodes.InvalidSecret, null, WithSecret("\"sk_live_in_clear\"") },
        { FindingCodes.UnreadableSecret, null, WithSecret("""{ "kind": "inlineEncrypted", "cipherText": "made-elsewhere" }""") },
        { FindingCodes.InvalidSplit, "a", $$"""[ {{Trigger}}, {{Split("[ { \"name\": \"A\", \"weight\": 100 } ]", "\"A\": \"end\"")}} ]""" },
        { FindingCodes.SplitPathLeadsNowhere, "a", $$"""[ {{Trigger}}, {{Split(HalfAndHalf, "\"A\": \"end\"")}} ]""" },
        { FindingCodes.SplitHoldoutLinked, "a", $$"""[ {{Trigger}}, {{Split("[ { \"name\": \"A\", \"weight\": 90 }, { \"name\": \"B\", \"weight\": 10, \"holdout\": true } ]", "\"A\": \"end\", \"B\": \"b\"")}}, {{Step("b")}} ]""" },
        { FindingCodes.SplitWeightsNot100, "a", $$"""[ {{Trigger}}, {{Split("[ { \"name\": \"A\", \"weight\": 1 }, { \"name\": \"B\", \"weight\": 1 } ]", "\"A\": \"end\", \"B\": \"end\"")}} ]""" },
        { FindingCodes.SplitWithoutContact, "a", $$"""[ { "stepSlug": "t", "stepType": "trigger", "config": { "type": "schedule", "cron": "0 9 * * *" }, "nextSteps": { "success": "a" } }, {{Split(HalfAndHalf, "\"A\": \"end\", \"B\": \"end\"")}} ]""" },
        { FindingCodes.InvalidGoal, null, $$"""{ "name": "test", "config": { "goals": [ { "event": "order.placed", "window": "400 days" } ] }, "steps": [ {{Trigger}}, {{Step("a")}} ] }""" },
        { FindingCodes.InvalidRetry, "a", $$"""[ {{Trigger}}, { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "retry": { "count": 3, "backoff": "soon" } }, "nextSteps": { "error": "end" } } ]""" },
    };

    /// <summary><paramref name="depth"/> loops l1…ln, each the body of the one before; the innermost loops over step b.</summary>
    public static string NestedLoops(int depth)
    {
        var loops = Enumerable.Range(1, depth).Select(i =>
            $$$"""{ "stepSlug": "l{{{i}}}", "stepType": "loop", "config": { "items": "{{input.list}}" }, "nextSteps": { "next": "{{{(i == depth ? "b" : $"l{i + 1}")}}}", "done": "{{{(i == 1 ? "end" : $"l{i - 1}")}}}" } }""");
        return $$"""[ { "stepSlug": "t", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "l1" } }, {{string.Join(", ", loops)}}, {{Step("b", $"\"success\": \"l{depth}\"")}} ]""";
    }

    /// <summary>A whole workflow (not only its steps) whose own secret <c>apiKey</c> is <paramref name="entry"/>.</summary>
    private static string WithSecret(string entry) =>
        $$"""{ "name": "test", "config": { "secrets": { "apiKey": {{entry}} } }, "steps": [ {{Trigger}}, {{Step("a")}} ] }""";

    private static ValidationReport Validate(string stepsOrWorkflow) =>
        new WorkflowValidator(new GuideActions().Catalog(), secrets: new PrefixDecryptor())
            .Validate(stepsOrWorkflow.StartsWith('{') ? WorkflowJson.Parse(stepsOrWorkflow) : Flow.Steps(stepsOrWorkflow));

    /// <summary>A set_variables action with an error port, so it adds no finding of its own.</summary>
    private static string Step(string slug, string ports = "", string parameters = "") =>
        $$"""{ "stepSlug": "{{slug}}", "stepType": "action", "config": { "type": "set_variables", "parameters": { {{parameters}} } }, "nextSteps": { "error": "end"{{(ports.Length > 0 ? ", " + ports : "")}} } }""";

    private const string HalfAndHalf = """[ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ]""";

    /// <summary>A split step <c>a</c> with these paths and links.</summary>
    private static string Split(string paths, string ports) =>
        $$"""{ "stepSlug": "a", "stepType": "split", "config": { "paths": {{paths}} }, "nextSteps": { {{ports}} } }""";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_ReportsTheCodeOnTheStep_ForTheProblemItNames(string code, string? slug, string steps)
    {
        var report = Validate(steps);

        var finding = Assert.Single(report.Findings, f => f.Code == code);
        Assert.Equal(slug, finding.StepSlug);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_ReportsNothingElseAsAnError_ForEachCase(string code, string? slug, string steps)
    {
        var report = Validate(steps);

        Assert.All(report.Errors, f => Assert.Equal((code, slug), (f.Code, f.StepSlug)));
    }

    [Fact]
    public void Cases_CoverEveryFindingCode()
    {
        var codes = typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Assert.Equal(codes.Order(), Cases().Select(c => (string)c[0]).Order());
    }
}
