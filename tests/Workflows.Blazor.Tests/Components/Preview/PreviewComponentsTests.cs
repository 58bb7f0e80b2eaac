using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Preview;
using Workflows.Blazor.Preview;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Preview;

namespace Workflows.Blazor.Tests.Components.Preview;

/// <summary>The preview's parts as a designer sees them: the setup form, the summary sentences, one contact's day-by-day timeline.</summary>
public sealed class PreviewComponentsTests : AppComponentTest
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private const string WaitsAndAsks = """
        { "name": "Waits and asks", "steps": [
          { "stepSlug": "wait_open", "stepType": "wait", "config": { "event": "email.opened", "timeout": "3 days" },
            "nextSteps": { "success": "review", "timeout": "review" } },
          { "stepSlug": "review", "stepType": "approval", "config": { "title": "Offer" }, "nextSteps": { "approved": "end", "rejected": "end" } }
        ] }
        """;

    public PreviewComponentsTests() => Services.AddSingleton(App.Services.GetRequiredService<StoreQueries>());

    [Fact]
    public void Setup_RefusesToPreviewChosenContacts_WhenNoneIsChosen()
    {
        WorkflowPreviewRequest? asked = null;
        var cut = Render<PreviewSetup>(p => p.Add(c => c.Choices, ScenarioChoices.Of(WorkflowJson.Parse(WaitsAndAsks))).Add(c => c.OnPreview, r => asked = r));

        cut.FindAll("[data-testid=preview-who] button, [data-testid=preview-who] .mud-toggle-item").First(b => b.TextContent.Contains("Chosen contacts")).Click();
        cut.Find("[data-testid=run-preview]").Click();

        Assert.Null(asked);
        Assert.Contains("Add at least one contact: search by name or email.", cut.Markup);
    }

    [Fact]
    public void Setup_AsksWhatTheFlowWaitsFor_AndWhatReviewersDecide_AndSendsTheDaysAndScenario()
    {
        WorkflowPreviewRequest? asked = null;
        var cut = Render<PreviewSetup>(p => p.Add(c => c.Choices, ScenarioChoices.Of(WorkflowJson.Parse(WaitsAndAsks))).Add(c => c.OnPreview, r => asked = r));

        Assert.NotNull(cut.Find("[data-testid='preview-event-email.opened']"));
        Assert.NotNull(cut.Find("[data-testid=preview-approval]"));
        cut.Find("input[aria-label='Days to look ahead']").Change("12");
        cut.Find("[data-testid=run-preview]").Click();

        Assert.NotNull(asked);
        Assert.Equal(12, asked.Days);
        Assert.Null(asked.Contacts);
        Assert.Equal("approved", asked.Scenario!.Approval);
        Assert.Empty(asked.Scenario.Events!);
    }

    [Fact]
    public void Setup_OfAFlowThatNeitherWaitsNorAsks_HasNoScenarioToFillIn()
    {
        const string sendsOnly = """{ "name": "Sends", "steps": [ { "stepSlug": "wait_a_day", "stepType": "wait", "config": { "duration": "1 day" }, "nextSteps": { "success": "end" } } ] }""";
        var cut = Render<PreviewSetup>(p => p.Add(c => c.Choices, ScenarioChoices.Of(WorkflowJson.Parse(sendsOnly))));

        Assert.Empty(cut.FindAll("[data-testid^=preview-event-]"));
        Assert.Empty(cut.FindAll("[data-testid=preview-approval]"));
    }

    [Fact]
    public void Report_ListsTheSummaryInSentences_WithTheJourneysQuietHoursAndCap()
    {
        var timelines = new[] { Timeline("cust_1", Message(0)), Timeline("cust_2", Message(0), Message(1)) };
        var summary = PreviewSummary.Of(timelines) with { QuietHours = 1, Caps = [new PreviewCap("email_send", "Send email", 3, 0, 1)] };
        var result = new WorkflowPreviewResult("p1", null, "2", Start, 30, summary, timelines,
            new Dictionary<string, string> { ["cust_1"] = "Ada Lovelace", ["cust_2"] = "Alan Turing" }, null, "jny_1");

        var cut = Render<PreviewReport>(p => p.Add(c => c.Result, result));

        Assert.Equal(
            ["2 of 2 get “Send VIP offer” (3 times)", "1 of 2 hit quiet hours: their message waits for the quiet hours to end",
             "0 of 2 exceed the cap of 3 “Send email”; it holds back 1 of them"],
            cut.FindAll("[data-testid=preview-summary-line]").Select(l => l.TextContent));
        Assert.Equal(["Ada Lovelace1 message · still waiting", "Alan Turing2 messages · still waiting"],
            cut.FindAll("[data-testid=preview-contact]").Select(b => b.TextContent.Replace("\n", "").Replace("  ", "").Trim()));
    }

    [Fact]
    public void Timeline_ShowsTheMessage_ThePathsReason_AndTheWait_DayByDay()
    {
        var timeline = Timeline("cust_1",
            Message(0),
            new PreviewEntry(Start.AddMinutes(1), 0, "is_vip", "Is VIP", PreviewEntryKind.Branch, "Takes the true path: spent more than 1,000") { Port = "true" },
            new PreviewEntry(Start.AddMinutes(2), 0, "wait_open", "Wait open", PreviewEntryKind.Waits, "Waits for email.opened, at most 3 days."),
            new PreviewEntry(Start.AddDays(3), 3, "wait_open", "Wait open", PreviewEntryKind.WaitEnded, "No email.opened came in time: the wait timed out."));

        var cut = Render<ContactTimelineView>(p => p.Add(c => c.Timeline, timeline).Add(c => c.Name, "Ada Lovelace"));

        Assert.Equal(2, cut.FindAll("[data-testid=timeline-day]").Count);
        var message = cut.Find("[data-testid=timeline-message]").TextContent;
        Assert.Contains("To ada@example.com", message);
        Assert.Contains("A VIP offer for you", message);
        Assert.Contains("Hi Ada, 20% off.", message);
        var entries = cut.FindAll("[data-testid=timeline-entry]");
        Assert.Equal(["WouldDo", "Branch", "Waits", "WaitEnded"], entries.Select(e => e.GetAttribute("data-kind")));
        Assert.Contains("Takes the true path: spent more than 1,000", entries[1].TextContent);
        Assert.Contains("Waits for email.opened, at most 3 days.", entries[2].TextContent);
        Assert.Contains("the wait timed out", entries[3].TextContent);
    }

    private static ContactTimeline Timeline(string contactId, params PreviewEntry[] entries) => new(contactId, entries, PreviewOutcome.Waiting);

    private static PreviewEntry Message(int day) =>
        new(Start.AddDays(day), day, "send_vip_offer", "Send VIP offer", PreviewEntryKind.WouldDo, "Would send email: “A VIP offer for you”")
        {
            Effect = Effect.SendsMessage,
            Input = new JsonObject { ["to"] = "ada@example.com", ["subject"] = "A VIP offer for you", ["body"] = "Hi Ada, 20% off." },
        };
}
