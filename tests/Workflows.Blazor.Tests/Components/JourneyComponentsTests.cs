using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Experiments;
using Workflows.Blazor.Components.Pages.Journeys;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Kernel;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Tests.Components;

public sealed class JourneyComponentsTests : ComponentTest
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static JourneyTimeline Timeline(params ContextEntry[] entries) =>
        new(new JourneyRunSummary("jrun_1", "jny_1", "cust_456", "John Doe", JourneyRunStatus.Active, 1, At, At, 1, 1), entries,
            [new ScheduledActionView("sch_1", "sms_send", At.AddDays(3), "remind if not opened", JourneyActionStatus.Pending)]);

    [Fact]
    public void Timeline_ShowsTheModelsReasons_RefusalsAndUpcoming_NewestFirst()
    {
        var decision = new Decision("Not opened yet, so an SMS in 3 days.", [], [new ScheduleRequest("sms_send", [], null, "3 days", "remind")], [], false);
        var cut = Render<JourneyTimelineView>(p => p.Add(c => c.Timeline, Timeline(
            ContextEntry.Input(At, new JsonObject { ["source"] = "test" }),
            ContextEntry.Decided(At, decision),
            ContextEntry.Refused(At, [new Refusal("actNow[0] email_send", "'email_send' already ran 3 time(s)")]),
            ContextEntry.Taken(At, "email_send", new JsonObject { ["to"] = "john@example.com", ["subject"] = "Deal" }, null, null))));

        var kinds = cut.FindAll(".mud-timeline-item").Select(i => i.GetAttribute("data-kind")).ToList();
        Assert.Equal(["action_taken", "decision_refused", "decision", "input"], kinds);
        Assert.Contains("Not opened yet, so an SMS in 3 days.", cut.Markup);
        Assert.Contains("Decision: 1 scheduled", cut.Markup);
        Assert.Contains("already ran 3 time(s)", cut.Markup);
        Assert.Contains("john@example.com · Deal", cut.Markup);
        Assert.Contains("remind if not opened", cut.Find("[data-testid=journey-upcoming]").TextContent);
    }

    [Fact]
    public void Timeline_ShowsTheActionsRunningNow_InPlainWords()
    {
        var cut = Render<JourneyTimelineView>(p => p.Add(c => c.Timeline, Timeline(ContextEntry.Input(At, null)) with
        {
            Running = [new JourneyStepView("email_send", JourneyActionStatus.Running, At), new JourneyStepView("sms_send", JourneyActionStatus.Pending, At)],
        }));

        var running = cut.Find("[data-testid=journey-running]").TextContent;
        Assert.Contains("email_send · running", running);
        Assert.Contains("sms_send · about to run", running);
    }

    [Fact]
    public void Timeline_ShowsNoRunningList_WhenNothingRuns()
    {
        var cut = Render<JourneyTimelineView>(p => p.Add(c => c.Timeline, Timeline(ContextEntry.Input(At, null))));

        Assert.Empty(cut.FindAll("[data-testid=journey-running]"));
    }

    [Fact]
    public void Timeline_ShowsTheDataAnEntryCarried_Readably()
    {
        var cut = Render<JourneyTimelineView>(p => p.Add(c => c.Timeline, Timeline(
            ContextEntry.Input(At, new JsonObject { ["phone"] = "+15556094766", ["since"] = "2026-11-23T09:00:00+00:00" }))));

        var data = cut.Find("[data-testid=journey-entry-data]").TextContent;
        Assert.Contains("\"phone\": \"+15556094766\"", data);
        Assert.Contains("+00:00", data);
        Assert.DoesNotContain("\\u002B", data);
    }

    [Fact]
    public void EntryView_SaysAnEmailWasNotSent_WhenItWasOnlyKeptInTheOutbox()
    {
        var stored = EntryView.Of(ContextEntry.Taken(At, "email_send", [], new JsonObject { ["status"] = "stored" }, null));
        var sent = EntryView.Of(ContextEntry.Taken(At, "email_send", [], new JsonObject { ["status"] = "sent" }, null));

        Assert.Equal("email_send kept in the outbox, not sent", stored.Title);
        Assert.Equal("email_send sent", sent.Title);
    }

    [Fact]
    public void EntryView_NamesAFailedActionAndItsError()
    {
        var view = EntryView.Of(ContextEntry.Taken(At, "sms_send", [], null, "No SMS provider"));

        Assert.Equal("sms_send failed", view.Title);
        Assert.Equal("No SMS provider", view.Detail);
    }

    [Fact]
    public void EntryView_ShowsAWorkflowsResult_OrHowItEnded()
    {
        var completed = EntryView.Of(ContextEntry.WorkflowEnded(At, "workflow:wf_1", "ex_1", "completed", new JsonObject { ["variables"] = new JsonObject { ["coupon"] = "SAVE10" } }, null));
        var failed = EntryView.Of(ContextEntry.WorkflowEnded(At, "workflow:wf_1", "ex_2", "failed", null, "No SMS provider"));
        var started = EntryView.Of(ContextEntry.Taken(At, "workflow:wf_1", [], new JsonObject { ["executionId"] = "ex_1" }, null));

        Assert.Equal(("workflow:wf_1 completed", "SAVE10"), (completed.Title, completed.Data!["variables"]!["coupon"]!.GetValue<string>()));
        Assert.Equal(("workflow:wf_1 failed", "No SMS provider"), (failed.Title, failed.Detail));
        Assert.Equal("workflow:wf_1 started", started.Title);
    }

    [Fact]
    public void JourneyForm_RoundTripsADefinition_WithQuietHoursAndDefaults()
    {
        var definition = new JourneyDefinition("Promo", "Sell it.",
        [
            new AllowedAction("email_send")
            {
                Guardrails = new ActionGuardrails { MaxPerContact = 3, QuietHours = new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), "Europe/Berlin") },
                Defaults = new JsonObject { ["to"] = "{{input.contact.email}}" },
            },
        ]) { Audience = new JourneyAudience { EnrolEvent = "cart.abandoned" } };

        var (back, problems) = JourneyForm.From(definition).ToDefinition();

        Assert.Empty(problems);
        Assert.Equal(JourneyJson.Write(definition), JourneyJson.Write(back!));
    }

    [Fact]
    public void JourneyForm_RoundTripsItsHoldoutAndGoals_ExactlyAsWritten()
    {
        var definition = new JourneyDefinition("Promo", "Sell it.", [new AllowedAction("email_send")])
        {
            HoldoutPercent = 20,
            Goals = JsonNode.Parse("""
                [{"event": "order.placed"},
                 {"name": "Big order", "event": "order.placed", "condition": "{{event.total}} > 50", "window": "48 hours", "note": "from the API"}]
                """)!.AsArray(),
        };

        var form = JourneyForm.From(definition);
        var (back, problems) = form.ToDefinition();

        Assert.Empty(problems);
        Assert.Equal(20, form.HoldoutPercent);
        Assert.Equal(["", "Big order"], form.Goals.Select(g => g.Name));
        Assert.Equal(JourneyJson.Write(definition), JourneyJson.Write(back!));
    }

    [Fact]
    public void JourneyForm_WritesTheGoalsAsEdited_AndNoneWhenAllAreRemoved()
    {
        var form = JourneyForm.From(new JourneyDefinition("Promo", "Sell it.", []) { Goals = [new JsonObject { ["event"] = "order.placed", ["window"] = "7 days" }] });

        form.Goals[0].Window = "30 days";
        form.Goals.Add(GoalForm.New());
        form.Goals[1].Event = "email.clicked";
        var edited = form.ToDefinition().Definition!;
        form.Goals.Clear();
        var none = form.ToDefinition().Definition!;

        Assert.Equal("""[{"event":"order.placed","window":"30 days"},{"event":"email.clicked","window":"7 days"}]""", edited.Goals!.ToJsonString());
        Assert.Null(none.Goals);
    }

    [Fact]
    public void JourneyForm_SaysWhatToFix_ForBadJsonAndHalfQuietHours()
    {
        var form = new JourneyForm { Name = "x", Policy = "y", StartingContextJson = "[1" };
        form.Actions.Add(new AllowedActionForm { Action = "email_send", QuietFrom = "21:00", DefaultsJson = "not json" });

        var (definition, problems) = form.ToDefinition();

        Assert.Null(definition);
        Assert.Equal(2, problems.Count);
        Assert.Contains("starting context should be a JSON object", problems[0]);
        Assert.Contains("quiet hours need a start and an end", problems[1]);
    }
}
