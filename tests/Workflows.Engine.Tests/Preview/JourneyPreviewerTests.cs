using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;
using Workflows.Engine.Journeys.Evals;
using Workflows.Engine.Preview;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Preview;

/// <summary>A journey's preview: scripted decisions, the journey's own guardrails on the virtual clock, and no action done.</summary>
public sealed class JourneyPreviewerTests
{
    /// <summary>A Monday at 22:00 UTC: 23:00 in Berlin, inside the email's quiet hours.</summary>
    private static readonly DateTimeOffset LateMonday = new(2026, 11, 23, 22, 0, 0, TimeSpan.Zero);

    private readonly GuideActions _actions = new();

    private static readonly JourneyDefinition Promotion = new("Promotion", "Email them about the offer; remind them.",
    [
        new AllowedAction("email_send")
        {
            Guardrails = new ActionGuardrails { MaxPerContact = 3, QuietHours = new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), "Europe/Berlin") },
            Defaults = new JsonObject { ["to"] = "{{input.contact.email}}" },
        },
    ]);

    /// <summary>Whatever happened: an email now and a reminder a day later.</summary>
    private static Task<SimulatedDecision> AlwaysEmail(JourneyDefinition journey, JourneyLog log, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(new SimulatedDecision(new Decision("Keep reminding.",
            [new DecidedAction("email_send", new JsonObject { ["subject"] = "Our offer", ["body"] = "Hello" }, "first touch")],
            [new ScheduleRequest("email_send", new JsonObject { ["subject"] = "Reminder", ["body"] = "Still thinking?" }, null, "1 day", "remind")], [], false), null));

    [Fact]
    public async Task Preview_MovesSendsOutOfQuietHours_AndTheCapHoldsTheFourth_WithoutSendingAny()
    {
        var previewer = new JourneyPreviewer(new WorkflowPreviewer(_actions.Handlers, NoSecrets.Instance, new ExecutorOptions()), _actions.Catalog());
        var plan = new PreviewPlan(LateMonday, 30, PreviewScenario.Default);

        var timeline = await previewer.PreviewAsync(Promotion, new PreviewContact("cust_1", new JsonObject { ["email"] = "ada@example.com" }), plan, AlwaysEmail);
        var summary = previewer.Summarise(Promotion, [timeline]);

        var sends = timeline.Entries.Where(e => e.Kind == PreviewEntryKind.WouldDo).ToList();
        Assert.Equal(3, sends.Count);
        Assert.All(sends, s => Assert.Equal("ada@example.com", s.Input!["to"]!.GetValue<string>()));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero), sends[0].At);
        Assert.Contains("waits until day 0, 08:00", timeline.Entries.First(e => e.Kind == PreviewEntryKind.Deferred).Summary);
        Assert.Contains(timeline.Entries, e => e.Kind == PreviewEntryKind.Capped && e.StepSlug == "email_send");
        Assert.Equal(PreviewOutcome.Waiting, timeline.Outcome);
        Assert.Equal(1, summary.QuietHours);
        Assert.Equal(new PreviewCap("email_send", sends[0].StepName, 3, 0, 1), Assert.Single(summary.Caps));
        Assert.Empty(_actions.EmailSend.Invocations);
    }
}
