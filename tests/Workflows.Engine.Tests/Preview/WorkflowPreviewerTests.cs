using System.Text.Json.Nodes;
using Workflows.Engine.Preview;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Preview;

/// <summary>A preview runs a workflow for a contact on a virtual clock and writes, sends and calls nothing.</summary>
public sealed class WorkflowPreviewerTests
{
    private static readonly DateTimeOffset Start = TestEngine.StartTime;

    private readonly GuideActions _actions = new();

    private WorkflowPreviewer Previewer() => new(_actions.Handlers, NoSecrets.Instance, new ExecutorOptions());

    private static PreviewContact Contact(string id = "cust_1") => new(id, new JsonObject { ["customerId"] = id });

    private static PreviewPlan Plan(PreviewScenario? scenario = null, int days = 30) => new(Start, days, scenario ?? PreviewScenario.Default);

    private static string Lines(ContactTimeline timeline) =>
        string.Join("\n", timeline.Entries.Select(e => $"day {e.Day} {e.StepSlug} {e.Kind}: {e.Summary}"));

    [Fact]
    public async Task Preview_OfPattern5_ShowsTheEmailAndTheUpdateItWouldMake_AndMakesNeither()
    {
        var timeline = await Previewer().PreviewAsync(GuideWorkflows.Load("pattern5-error-handling.json"), Contact(), Plan());

        Assert.Equal(
            """
            day 0 get_customer Ran: Get customer
            day 0 send_email WouldDo: Would send email: “Important update”
            day 0 mark_sent WouldDo: Would mark sent
            day 0  Completed: Reaches the end of the workflow.
            """.ReplaceLineEndings("\n"), Lines(timeline));
        Assert.Equal("Hi John Doe, ...", timeline.Entries[1].Input!["body"]!.GetValue<string>());
        Assert.Equal(PreviewOutcome.Completed, timeline.Outcome);
        Assert.Single(_actions.CustomerGet.Invocations);
        Assert.Empty(_actions.EmailSend.Invocations);
        Assert.Empty(_actions.CustomerUpdate.Invocations);
    }

    [Fact]
    public async Task Preview_WhenTheContactOpensOnDay2_GoesOnThatDay_AndWaitsAWeekForTheApprovedOffer()
    {
        var scenario = new PreviewScenario { Events = [new ScenarioEvent("email.opened", 2)] };

        var timeline = await Previewer().PreviewAsync(PreviewFlows.WelcomeSeries(), Contact(), Plan(scenario));

        Assert.Equal(
            """
            day 0 get_customer Ran: Get customer
            day 0 send_welcome WouldDo: Would send welcome: “Welcome, John Doe”
            day 0 wait_open Waits: Waits for email.opened, at most 3 days.
            day 2 wait_open WaitEnded: email.opened came on day 2, as the scenario says.
            day 2 is_vip Branch: Takes the true path: 1,500 is greater than 1,000 → true
            day 2 review_offer NeedsApproval: Asks a reviewer: VIP offer for John Doe
            day 2 review_offer WaitEnded: Approved, with the form's defaults, as the scenario says.
            day 2 wait_week Waits: Waits until day 9 (2026-03-11 09:00).
            day 9 wait_week WaitEnded: The wait is over.
            day 9 send_offer WouldDo: Would send offer: “15% off, just for you”
            day 9  Completed: Reaches the end of the workflow.
            """.ReplaceLineEndings("\n"), Lines(timeline));
        Assert.Empty(_actions.EmailSend.Invocations);
    }

    [Fact]
    public async Task Preview_WhenTheContactNeverOpens_TimesOutOnDay3_AndSendsTheReminder()
    {
        var timeline = await Previewer().PreviewAsync(PreviewFlows.WelcomeSeries(), Contact(), Plan());

        var ended = Assert.Single(timeline.Entries, e => e.StepSlug == "wait_open" && e.Kind == PreviewEntryKind.WaitEnded);
        Assert.Equal((3, "timeout"), (ended.Day, ended.Port));
        var reminder = Assert.Single(timeline.Entries, e => e.StepSlug == "send_reminder");
        Assert.Equal("Send reminder", reminder.StepName);
        Assert.Equal((3, PreviewEntryKind.WouldDo), (reminder.Day, reminder.Kind));
    }

    [Fact]
    public async Task Preview_WhenTheReviewerRejects_EndsWithoutTheOffer()
    {
        var scenario = new PreviewScenario { Approval = ApprovalChoice.Rejected };

        var timeline = await Previewer().PreviewAsync(PreviewFlows.WelcomeSeries(), Contact(), Plan(scenario));

        Assert.Equal("rejected", Assert.Single(timeline.Entries, e => e.Kind == PreviewEntryKind.WaitEnded && e.StepSlug == "review_offer").Port);
        Assert.DoesNotContain(timeline.Entries, e => e.StepSlug == "send_offer");
        Assert.Equal(PreviewOutcome.Completed, timeline.Outcome);
    }

    [Fact]
    public async Task Preview_WhenThePeriodEndsFirst_LeavesTheContactWaiting()
    {
        var timeline = await Previewer().PreviewAsync(PreviewFlows.WelcomeSeries(), Contact(), Plan(days: 5));

        Assert.Equal(PreviewOutcome.Waiting, timeline.Outcome);
        var last = timeline.Entries[^1];
        Assert.Equal((5, "wait_week", PreviewEntryKind.StillWaiting), (last.Day, last.StepSlug, last.Kind));
    }

    [Fact]
    public async Task Preview_OfAnLlmStep_AnswersWithTheScenariosOutput_AndAsksNoModel()
    {
        var flow = Flow.Steps("""
            [ { "stepSlug": "classify", "stepType": "llm", "config": { "systemPrompt": "Classify", "outputFormat": "json" },
                "nextSteps": { "success": "is_hot" } },
              { "stepSlug": "is_hot", "stepType": "condition", "config": { "expression": "{{steps.classify.output.hot}} == true" },
                "nextSteps": { "true": "end", "false": "end" } } ]
            """);
        var scenario = new PreviewScenario { LlmOutputs = new JsonObject { ["classify"] = """{ "hot": true }""" } };

        var timeline = await Previewer().PreviewAsync(flow, Contact(), Plan(scenario));

        Assert.Equal("true", Assert.Single(timeline.Entries, e => e.Kind == PreviewEntryKind.Branch).Port);
    }

    [Fact]
    public async Task Preview_OfAnLlmStepWithoutATestOutput_SaysThePreviewAsksNoModel()
    {
        var flow = Flow.Steps("""[ { "stepSlug": "classify", "stepType": "llm", "config": { "systemPrompt": "Classify" }, "nextSteps": {} } ]""");

        var timeline = await Previewer().PreviewAsync(flow, Contact(), Plan());

        Assert.Equal(PreviewOutcome.Failed, timeline.Outcome);
        Assert.Contains("asks no model", timeline.Entries[0].Summary);
    }
}
