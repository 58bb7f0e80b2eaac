using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

public sealed class SplitValidationTests
{
    private static ValidationReport Validate(string paths, string links, string trigger = """{ "type": "manual" }""", string contact = "") =>
        new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps($$"""
            [ { "stepSlug": "start", "stepType": "trigger", "config": {{trigger}}, "nextSteps": { "success": "ab_test" } },
              { "stepSlug": "ab_test", "stepType": "split", "config": { {{contact}} "paths": {{paths}} }, "nextSteps": { {{links}} } },
              { "stepSlug": "send", "stepType": "action", "config": { "type": "set_variables", "parameters": { "sent": true } }, "nextSteps": { "error": "end" } } ]
            """));

    private static IEnumerable<string> Messages(ValidationReport report) => report.Findings.Where(f => f.StepSlug == "ab_test").Select(f => f.Message);

    [Fact]
    public void Validate_FindsNothing_ForTwoLinkedPathsAndAHoldoutAddingUpTo100()
    {
        var report = Validate("""[ { "name": "A", "weight": 45 }, { "name": "B", "weight": 45 }, { "name": "Holdout", "weight": 10, "holdout": true } ]""",
            """ "A": "send", "B": "end" """);

        Assert.DoesNotContain(report.Findings, f => f.StepSlug == "ab_test");
    }

    [Theory]
    [InlineData("""[ { "name": "A", "weight": 100 } ]""", "A split needs 2 to 8 paths; this one has 1.")]
    [InlineData("""[ { "name": "A", "weight": 50 }, { "name": "", "weight": 50 } ]""", "Path 2 has no name; name it, e.g. \"B\" or \"Holdout\".")]
    [InlineData("""[ { "name": "A", "weight": 50 }, { "name": "a", "weight": 50 } ]""", "Two paths are called 'a'; give each path its own name.")]
    [InlineData("""[ { "name": "A", "weight": 100 }, { "name": "B", "weight": 0 } ]""", "Path 'B' needs a weight above 0, e.g. 50.")]
    [InlineData("""[ { "name": "A", "weight": 100 }, { "name": "B", "weight": "half" } ]""", "Path 'B' needs a weight above 0, e.g. 50.")]
    [InlineData("""[ { "name": "A", "weight": 80 }, { "name": "B", "weight": 10, "holdout": true }, { "name": "C", "weight": 10, "holdout": true } ]""",
        "Only one path can be the holdout; 'B' and 'C' both are.")]
    [InlineData("""[ { "name": "A", "weight": 60 }, { "name": "B", "weight": 30 } ]""",
        "The weights add up to 90, not 100, so each path gets its share of 90: A 66.7%, B 33.3%.")]
    public void Validate_SaysWhatIsWrongWithThePaths_InPlainWords(string paths, string expected)
    {
        var report = Validate(paths, """ "A": "send", "B": "end" """);

        Assert.Contains(expected, Messages(report));
    }

    [Fact]
    public void Validate_ShowsTheSumAsASuggestion_NotAnError()
    {
        var report = Validate("""[ { "name": "A", "weight": 1 }, { "name": "B", "weight": 1 } ]""", """ "A": "send", "B": "end" """);

        var finding = Assert.Single(report.Findings, f => f.StepSlug == "ab_test");
        Assert.Equal((FindingCodes.SplitWeightsNot100, FindingSeverity.Suggestion), (finding.Code, finding.Severity));
        Assert.Equal("The weights add up to 2, not 100, so each path gets its share of 2: A 50%, B 50%.", finding.Message);
    }

    [Fact]
    public void Validate_AsksForALink_ForAPathThatLeadsNowhere()
    {
        var report = Validate("""[ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ]""", """ "A": "send" """);

        var finding = Assert.Single(report.Errors);
        Assert.Equal(("nextSteps.B", "Path 'B' leads nowhere: connect it to the step its contacts go to, or make it the holdout."), (finding.Field, finding.Message));
    }

    [Fact]
    public void Validate_RefusesALinkFromTheHoldout()
    {
        var report = Validate("""[ { "name": "A", "weight": 90 }, { "name": "Control", "weight": 10, "holdout": true } ]""", """ "A": "end", "Control": "send" """);

        var finding = Assert.Single(report.Errors);
        Assert.Equal(FindingCodes.SplitHoldoutLinked, finding.Code);
        Assert.Equal("'Control' is the holdout: its contacts get nothing and their runs end here, so it cannot lead to a step. " +
            "Remove its link, or make it a path that sends.", finding.Message);
    }

    [Fact]
    public void Validate_NamesThePaths_WhenALinkLeavesByAPortThatIsNoPath()
    {
        var report = Validate("""[ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ]""", """ "A": "send", "B": "end", "Other": "end" """);

        Assert.Contains("A split step has no 'Other' port; its ports are A, B.", Messages(report));
    }

    [Fact]
    public void Validate_WarnsThatAScheduledRunHasNoContact_WhenTheSplitNamesNone()
    {
        var report = Validate("""[ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ]""", """ "A": "send", "B": "end" """,
            trigger: """{ "type": "schedule", "cron": "0 9 * * 1" }""");

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.SplitWithoutContact);
        Assert.Equal((FindingSeverity.Warning, "config.contact"), (finding.Severity, finding.Field));
        Assert.StartsWith("This split has no contact, and a scheduled run is about no one customer", finding.Message);
    }

    [Fact]
    public void Validate_DoesNotWarn_WhenAScheduledSplitNamesItsContact()
    {
        var report = Validate("""[ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ]""", """ "A": "send", "B": "end" """,
            trigger: """{ "type": "schedule", "cron": "0 9 * * 1" }""", contact: "\"contact\": \"{{$now}}\",");

        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.SplitWithoutContact);
    }

    [Fact]
    public void Validate_WarnsThatLoopItemsShareAPath_WhenASplitInALoopNamesNoContact()
    {
        var report = new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps("""
            [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "each" } },
              { "stepSlug": "each", "stepType": "loop", "name": "Every customer", "config": { "items": "{{input.customers}}" }, "nextSteps": { "next": "ab_test", "done": "end" } },
              { "stepSlug": "ab_test", "stepType": "split", "config": { "paths": [ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ] }, "nextSteps": { "A": "each", "B": "each" } } ]
            """));

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.SplitWithoutContact);
        Assert.Equal("This split runs for each item of 'Every customer' but has no contact, so every item of a run takes the same path. " +
            "Say who the contact is for each item, e.g. {{loop.item.id}}.", finding.Message);
    }

    [Theory]
    [InlineData("Holdout")]
    [InlineData("C")]
    public void Validate_RefusesAWinner_ThatIsNotAPathThatSends(string winner)
    {
        var report = Validate($$"""[ { "name": "A", "weight": 45 }, { "name": "B", "weight": 45 }, { "name": "Holdout", "weight": 10, "holdout": true } ], "winner": { "path": "{{winner}}" }""",
            """ "A": "send", "B": "end" """);

        Assert.Contains($"The experiment ended with everyone taking '{winner}', but that is not a path that sends; pick one of its paths.", Messages(report));
    }
}
