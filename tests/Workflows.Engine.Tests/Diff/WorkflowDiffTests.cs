using System.Text.Json.Nodes;
using Workflows.Engine.Diff;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Diff;

public sealed class WorkflowDiffTests
{
    private const string Base = """
        [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "send" } },
          { "stepSlug": "send", "stepType": "action", "name": "Send welcome",
            "config": { "type": "email.send", "parameters": { "to": "{{input.email}}", "subject": "Hi" } },
            "nextSteps": { "success": "end", "error": "log" } },
          { "stepSlug": "log", "stepType": "action", "config": { "type": "campaign.log_event" } } ]
        """;

    private static WorkflowDefinition Edit(Func<JsonArray, JsonArray> change)
    {
        var steps = JsonNode.Parse(Base)!.AsArray();
        return Flow.Steps(change(steps).ToJsonString());
    }

    private static JsonObject StepOf(JsonArray steps, string slug) => steps.OfType<JsonObject>().Single(s => (string?)s["stepSlug"] == slug);

    [Theory]
    [MemberData(nameof(GuideWorkflows.Files), MemberType = typeof(GuideWorkflows))]
    public void Compare_FindsNothing_WhenBothAreTheSameWorkflow(string file)
    {
        var diff = WorkflowDiff.Compare(GuideWorkflows.Load(file), GuideWorkflows.Load(file));

        Assert.True(diff.IsEmpty);
        Assert.Empty(diff.Steps);
    }

    [Theory]
    [MemberData(nameof(GuideWorkflows.Files), MemberType = typeof(GuideWorkflows))]
    public void Compare_ListsEveryStepAsAdded_WhenStartingFromNothing(string file)
    {
        var definition = GuideWorkflows.Load(file);

        var diff = WorkflowDiff.Compare(new WorkflowDefinition(definition.Name, []), definition);

        Assert.Equal(definition.Steps.Select(s => s.Slug), diff.Added.Select(s => s.Slug));
        Assert.All(diff.Steps, s => Assert.Same(definition.Steps.Single(d => d.Slug == s.Slug), s.After));
    }

    [Fact]
    public void Compare_ReportsAnAddedStep_WithItsDefinitionAndNoFieldChanges()
    {
        var after = Edit(steps =>
        {
            steps.Add(JsonNode.Parse("""{ "stepSlug": "wait", "stepType": "wait", "config": { "duration": "PT1H" } }"""));
            return steps;
        });

        var diff = WorkflowDiff.Compare(Flow.Steps(Base), after);

        var added = Assert.Single(diff.Steps);
        Assert.Equal(("wait", ChangeKind.Added), (added.Slug, added.Kind));
        Assert.Null(added.Before);
        Assert.Equal("wait", added.After!.Type);
        Assert.Empty(added.Fields);
        Assert.Empty(added.Links);
    }

    [Fact]
    public void Compare_ReportsARemovedStep_AndTheLinkThatLedToIt()
    {
        var after = Edit(steps =>
        {
            steps.Remove(StepOf(steps, "log"));
            StepOf(steps, "send")["nextSteps"]!.AsObject().Remove("error");
            return steps;
        });

        var diff = WorkflowDiff.Compare(Flow.Steps(Base), after);

        var removed = Assert.Single(diff.Removed);
        Assert.Equal("log", removed.Slug);
        Assert.Null(removed.After);
        Assert.Equal("log", removed.DisplayName);
        var link = Assert.Single(Assert.Single(diff.Changed).Links);
        Assert.Equal(new LinkChange("error", "log", null), link);
        Assert.Equal(ChangeKind.Removed, link.Kind);
    }

    [Fact]
    public void Compare_NamesTheInnermostConfigField_WhenANestedParameterChanges()
    {
        var after = Edit(steps =>
        {
            StepOf(steps, "send")["config"]!["parameters"]!["subject"] = "Welcome aboard";
            return steps;
        });

        var change = Assert.Single(WorkflowDiff.Compare(Flow.Steps(Base), after).Steps);

        Assert.Equal(("send", ChangeKind.Changed), (change.Slug, change.Kind));
        var field = Assert.Single(change.Fields);
        Assert.Equal("config.parameters.subject", field.Path);
        Assert.Equal(("Hi", "Welcome aboard"), (field.BeforeText, field.AfterText));
        Assert.Equal(ChangeKind.Changed, field.Kind);
        Assert.Empty(change.Links);
    }

    [Fact]
    public void Compare_ReportsConfigFieldsAddedAndRemoved()
    {
        var after = Edit(steps =>
        {
            var parameters = StepOf(steps, "send")["config"]!["parameters"]!.AsObject();
            parameters.Remove("subject");
            parameters["cc"] = "team@example.com";
            return steps;
        });

        var fields = Assert.Single(WorkflowDiff.Compare(Flow.Steps(Base), after).Steps).Fields;

        Assert.Equal(
            [("config.parameters.subject", ChangeKind.Removed, "Hi", ""), ("config.parameters.cc", ChangeKind.Added, "", "team@example.com")],
            fields.Select(f => (f.Path, f.Kind, f.BeforeText, f.AfterText)));
    }

    [Fact]
    public void Compare_ComparesListsWhole_AndShowsNonTextValuesAsJson()
    {
        const string before = """[ { "stepSlug": "each", "stepType": "loop", "config": { "items": [1, 2], "max": 5 } } ]""";
        const string after = """[ { "stepSlug": "each", "stepType": "loop", "config": { "items": [1, 2, 3], "max": 5 } } ]""";

        var field = Assert.Single(Assert.Single(WorkflowDiff.Compare(Flow.Steps(before), Flow.Steps(after)).Steps).Fields);

        Assert.Equal(("config.items", "[1,2]", "[1,2,3]"), (field.Path, field.BeforeText, field.AfterText));
    }

    [Fact]
    public void Compare_ReportsAValueThatBecameAnObject_AsOneField()
    {
        const string before = """[ { "stepSlug": "a", "stepType": "action", "config": { "type": "x", "retry": 3 } } ]""";
        const string after = """[ { "stepSlug": "a", "stepType": "action", "config": { "type": "x", "retry": { "maxAttempts": 3 } } } ]""";

        var field = Assert.Single(Assert.Single(WorkflowDiff.Compare(Flow.Steps(before), Flow.Steps(after)).Steps).Fields);

        Assert.Equal(("config.retry", "3", """{"maxAttempts":3}"""), (field.Path, field.BeforeText, field.AfterText));
    }

    [Fact]
    public void Compare_ReportsNameTypeAndDescriptionChanges()
    {
        var after = Edit(steps =>
        {
            var send = StepOf(steps, "send");
            send["name"] = "Send the welcome";
            send["stepType"] = "llm";
            send["description"] = "Greets new customers";
            return steps;
        });

        var change = Assert.Single(WorkflowDiff.Compare(Flow.Steps(Base), after).Steps);

        Assert.Equal(
            [("name", ChangeKind.Changed), ("type", ChangeKind.Changed), ("description", ChangeKind.Added)],
            change.Fields.Select(f => (f.Path, f.Kind)));
        Assert.Equal("Send the welcome", change.DisplayName);
    }

    [Fact]
    public void Compare_ReportsLinksPerPort_WhenAddedRetargetedOrRemoved()
    {
        var after = Edit(steps =>
        {
            var next = StepOf(steps, "send")["nextSteps"]!.AsObject();
            next["success"] = "log";
            next.Remove("error");
            StepOf(steps, "log")["nextSteps"] = new JsonObject { ["success"] = "end" };
            return steps;
        });

        var diff = WorkflowDiff.Compare(Flow.Steps(Base), after);

        Assert.Equal([new LinkChange("success", "end", "log"), new LinkChange("error", "log", null)], diff.For("send")!.Links);
        Assert.Equal([new LinkChange("success", null, "end")], diff.For("log")!.Links);
        Assert.Equal(ChangeKind.Added, diff.For("log")!.Links[0].Kind);
        Assert.Null(diff.For("start"));
    }

    [Fact]
    public void Compare_IgnoresCanvasPositions()
    {
        var after = Edit(steps =>
        {
            StepOf(steps, "send")["position"] = new JsonObject { ["x"] = 300, ["y"] = 40 };
            return steps;
        });

        Assert.True(WorkflowDiff.Compare(Flow.Steps(Base), after).IsEmpty);
    }

    [Fact]
    public void Compare_IgnoresTheOrderOfConfigKeysAndSteps()
    {
        const string before = """
            [ { "stepSlug": "a", "stepType": "action", "config": { "type": "x", "parameters": { "p": 1, "q": 2 } }, "nextSteps": { "success": "b", "error": "end" } },
              { "stepSlug": "b", "stepType": "action", "config": { "type": "y" } } ]
            """;
        const string after = """
            [ { "stepSlug": "b", "stepType": "action", "config": { "type": "y" } },
              { "stepSlug": "a", "stepType": "action", "config": { "parameters": { "q": 2, "p": 1 }, "type": "x" }, "nextSteps": { "error": "end", "success": "b" } } ]
            """;

        Assert.True(WorkflowDiff.Compare(Flow.Steps(before), Flow.Steps(after)).IsEmpty);
    }

    [Fact]
    public void Compare_TreatsARenamedSlugAsOneStepRemovedAndOneAdded()
    {
        var after = Edit(steps =>
        {
            StepOf(steps, "log")["stepSlug"] = "record";
            StepOf(steps, "send")["nextSteps"]!["error"] = "record";
            return steps;
        });

        var diff = WorkflowDiff.Compare(Flow.Steps(Base), after);

        Assert.Equal([("send", ChangeKind.Changed), ("record", ChangeKind.Added), ("log", ChangeKind.Removed)], diff.Steps.Select(s => (s.Slug, s.Kind)));
    }

    [Fact]
    public void Compare_ReportsWorkflowLevelChanges_ApartFromSteps()
    {
        var before = Flow.Steps(Base);
        var after = before with
        {
            Name = "Welcome v2",
            Description = "Greets people",
            Config = new JsonObject { ["schedule"] = new JsonObject { ["cron"] = "0 9 * * *" } },
        };

        var diff = WorkflowDiff.Compare(before, after);

        Assert.Empty(diff.Steps);
        Assert.False(diff.IsEmpty);
        Assert.Equal(
            [("name", "test", "Welcome v2"), ("description", "", "Greets people"), ("config.schedule", "", """{"cron":"0 9 * * *"}""")],
            diff.Workflow.Select(f => (f.Path, f.BeforeText, f.AfterText)));
    }

    [Fact]
    public void Compare_KeepsValuesApartFromTheDefinitions_SoEditingOneLaterDoesNotChangeTheDiff()
    {
        var before = Flow.Steps(Base);
        var after = Edit(steps =>
        {
            StepOf(steps, "send")["config"]!["parameters"]!["subject"] = "New";
            return steps;
        });

        var field = Assert.Single(WorkflowDiff.Compare(before, after).Steps).Fields[0];
        after.Steps.Single(s => s.Slug == "send").Config["parameters"]!["subject"] = "Changed later";

        Assert.Equal("New", field.AfterText);
    }

    [Fact]
    public void Compare_IsTheMirrorImage_WhenTheWorkflowsAreSwapped()
    {
        var older = Flow.Steps(Base);
        var newer = Edit(steps =>
        {
            steps.Remove(StepOf(steps, "log"));
            steps.Add(JsonNode.Parse("""{ "stepSlug": "sms", "stepType": "action", "config": { "type": "sms.send" } }"""));
            StepOf(steps, "send")["nextSteps"]!["error"] = "sms";
            StepOf(steps, "send")["config"]!["parameters"]!["subject"] = "Hello";
            return steps;
        });

        var forward = WorkflowDiff.Compare(older, newer);
        var backward = WorkflowDiff.Compare(newer, older);

        Assert.Equal(forward.Added.Select(s => s.Slug), backward.Removed.Select(s => s.Slug));
        Assert.Equal(forward.Removed.Select(s => s.Slug), backward.Added.Select(s => s.Slug));
        var there = forward.For("send")!;
        var back = backward.For("send")!;
        Assert.Equal(there.Links.Select(l => (l.Port, l.Before, l.After)), back.Links.Select(l => (l.Port, l.After, l.Before)));
        Assert.Equal(there.Fields.Select(f => (f.Path, f.BeforeText, f.AfterText)), back.Fields.Select(f => (f.Path, f.AfterText, f.BeforeText)));
    }
}
