using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Pages.Executions;
using Workflows.Blazor.Runner;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Components;

public sealed class ExecutionComponentsTests : ComponentTest
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ExecutionStepDetails Step(int sequence, string slug, StepRecordStatus status, string? port, string? loop = null, int attempt = 1,
        string? error = null, double ms = 10) =>
        new(sequence, slug, "action", loop, attempt, status, new JsonObject { ["to"] = "a@example.com" }, port is null ? null : new JsonObject { ["ok"] = true },
            port, error, Start.AddMilliseconds(sequence * 20), ms);

    [Fact]
    public void Timeline_ShowsEachRunWithItsLoopItemAndTry()
    {
        var cut = Render<StepTimeline>(p => p.Add(c => c.Steps, [
            Step(1, "loop_customers", StepRecordStatus.Completed, "next"),
            Step(2, "send_email", StepRecordStatus.Failed, null, loop: "0", error: "mail server down"),
            Step(3, "send_email", StepRecordStatus.Completed, "success", loop: "0", attempt: 2, ms: 40),
        ]));

        var rows = cut.FindAll("[data-testid=timeline-step]");
        Assert.Equal(3, rows.Count);
        Assert.Contains("item 0", rows[1].TextContent);
        Assert.Contains("try 2", rows[2].TextContent);
        Assert.Contains("status-failed", rows[1].ClassName);
        Assert.Contains("width:100%", rows[2].InnerHtml);
    }

    [Fact]
    public void Timeline_AndWaits_NameStepsAsTheDiagramDoes_NotByTheirIds()
    {
        var definition = WorkflowJson.Parse("""
            { "name": "Welcome", "steps": [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "pause" } },
              { "stepSlug": "pause", "stepType": "wait", "config": { "duration": "1 hour" }, "nextSteps": { "success": "send_email" } },
              { "stepSlug": "send_email", "stepType": "action", "config": { "type": "email_send", "name": "Say hello" }, "nextSteps": { "success": "end" } } ] }
            """);
        var titles = StepTitles.Of(definition, new ActionCatalog([]));

        var timeline = Render<StepTimeline>(p => p.Add(c => c.Steps, [Step(1, "send_email", StepRecordStatus.Completed, "success"), Step(2, "gone_since", StepRecordStatus.Completed, "success")]).Add(c => c.Titles, titles));
        var waits = Render<WaitList>(p => p.Add(c => c.Waits, [new ExecutionWait("pause", "timer", null, "waiting", Start, Start.AddHours(1), null, null)]).Add(c => c.Titles, titles));

        var rows = timeline.FindAll("[data-testid=timeline-step] .step-name");
        Assert.Equal("Say hello", rows[0].TextContent.Trim());
        Assert.Equal("gone_since", rows[1].TextContent.Trim());
        Assert.StartsWith("Wait waited for a time", waits.Find("[data-testid=wait]").TextContent.Trim());
    }

    [Fact]
    public void Timeline_ReportsTheStepAPersonClicks()
    {
        ExecutionStepDetails? clicked = null;
        var steps = new[] { Step(1, "start", StepRecordStatus.Completed, "success"), Step(2, "greet", StepRecordStatus.Completed, "success") };
        var cut = Render<StepTimeline>(p => p.Add(c => c.Steps, steps).Add(c => c.SelectedChanged, step => clicked = step));

        cut.FindAll("[data-testid=timeline-step]")[1].Click();

        Assert.Equal("greet", clicked?.StepSlug);
    }

    [Fact]
    public void Timeline_SaysSo_WhenNoStepHasRun()
    {
        var cut = Render<StepTimeline>(p => p.Add(c => c.Steps, []));

        Assert.Contains("No step has run yet.", cut.Markup);
    }

    [Fact]
    public void Inspector_ShowsTheErrorAndTheInputAfterTemplating()
    {
        var cut = Render<StepInspector>(p => p.Add(c => c.Step, Step(2, "send_email", StepRecordStatus.Failed, null, error: "mail server down")));

        Assert.Equal("mail server down", cut.Find("[data-testid=step-error]").TextContent.Trim());
        Assert.Contains("a@example.com", cut.Markup);
    }
}
