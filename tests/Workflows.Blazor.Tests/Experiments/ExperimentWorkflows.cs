namespace Workflows.Blazor.Tests.Experiments;

/// <summary>A win-back experiment: a manual trigger, then a split of A 45%, B 45% and a 10% holdout, each path setting a variable.</summary>
internal static class ExperimentWorkflows
{
    public const string Split = "ab_test";

    public static string WinBack(string goals = """[ { "name": "Big order", "event": "order.placed", "condition": "{{event.total}} > 50", "window": "7 days" } ]""") => $$"""
        { "name": "Win back", "config": { "goals": {{goals}} }, "steps": [
          { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "{{Split}}" } },
          { "stepSlug": "{{Split}}", "stepType": "split", "config": { "paths": [ { "name": "A", "weight": 45 }, { "name": "B", "weight": 45 },
            { "name": "Holdout", "weight": 10, "holdout": true } ] }, "nextSteps": { "A": "offer_a", "B": "offer_b" } },
          { "stepSlug": "offer_a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "10% off" } } },
          { "stepSlug": "offer_b", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "Free shipping" } } } ] }
        """;
}
