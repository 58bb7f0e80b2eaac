using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;
using static Workflows.Engine.Tests.Journeys.JourneyFixtures;

namespace Workflows.Engine.Tests.Journeys;

public sealed class DecisionValidatorTests
{
    private static readonly JourneyLog Empty = new([]);

    [Fact]
    public void Validate_RunsAnAllowedActionNow_WithTheDefaultsMergedUnderTheModelsParameters()
    {
        var result = Validator().Validate(Promotion(), Empty, Act(SendEmail()), Monday10);

        var run = Assert.Single(result.RunNow);
        Assert.Equal("{{contact.email}}", run.Parameters["to"]!.GetValue<string>());
        Assert.Equal("Our offer", run.Parameters["subject"]!.GetValue<string>());
        Assert.Empty(result.Refusals);
    }

    [Fact]
    public void Validate_ModelsParameterWins_OverADefault()
    {
        var decision = Act(new DecidedAction("email_send", new JsonObject { ["to"] = "a@b.c", ["subject"] = "s", ["body"] = "b" }, null));

        var result = Validator().Validate(Promotion(), Empty, decision, Monday10);

        Assert.Equal("a@b.c", Assert.Single(result.RunNow).Parameters["to"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_RefusesAnActionOutsideTheAllowList_NamingTheAllowedOnes()
    {
        var decision = Act(new DecidedAction("customer.delete", [], null));

        var result = Validator().Validate(Promotion(), Empty, decision, Monday10);

        Assert.Empty(result.RunNow);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal("actNow[0] customer.delete", refusal.Part);
        Assert.Contains("not an allowed action", refusal.Reason);
        Assert.Contains("email_send, sms_send, update_crm", refusal.Reason);
    }

    [Fact]
    public void Validate_RefusesAFourthEmail_WhenThePolicySaysNoMoreThanThreeAndTheModelForgets()
    {
        var log = new JourneyLog([EmailTaken(Monday10.AddDays(-9)), EmailTaken(Monday10.AddDays(-6)), EmailTaken(Monday10.AddDays(-3))]);

        var result = Validator().Validate(Promotion(), log, Act(SendEmail("Fourth time")), Monday10);

        Assert.Empty(result.RunNow);
        Assert.Equal("“Send email” (email_send) has already run or been scheduled 3 times for this contact; the journey allows it at most 3 times.",
            Assert.Single(result.Refusals).Reason);
    }

    [Fact]
    public void Validate_CountsScheduledActionsTowardsTheCap_SoThreeRemindersCannotBeQueuedAtOnce()
    {
        var decision = Plan(EmailAfter("1 day"), EmailAfter("2 days"), EmailAfter("3 days"), EmailAfter("4 days"));

        var result = Validator().Validate(Promotion(), Empty, decision, Monday10);

        Assert.Equal(3, result.Schedule.Count);
        Assert.Equal("schedule[3] email_send", Assert.Single(result.Refusals).Part);
    }

    [Fact]
    public void Validate_CountsPendingScheduledEntries_FromTheLog()
    {
        var log = new JourneyLog(
        [
            EmailTaken(Monday10.AddDays(-2)),
            ContextEntry.Scheduled(Monday10.AddDays(-2), "s1", "email_send", [], Monday10.AddDays(1), "remind"),
            ContextEntry.Scheduled(Monday10.AddDays(-2), "s2", "email_send", [], Monday10.AddDays(3), "remind again"),
        ]);

        var result = Validator().Validate(Promotion(), log, Plan(EmailAfter("5 days")), Monday10);

        Assert.Empty(result.Schedule);
        Assert.Single(result.Refusals);
    }

    [Fact]
    public void Validate_FreesACapSlot_WhenTheSameDecisionCancelsAScheduledAction()
    {
        var log = new JourneyLog(
        [
            EmailTaken(Monday10.AddDays(-2)),
            EmailTaken(Monday10.AddDays(-4)),
            ContextEntry.Scheduled(Monday10.AddDays(-2), "s1", "email_send", [], Monday10.AddDays(1), "remind"),
        ]);
        var decision = new Decision("replace the reminder", [], [EmailAfter("2 days")], [new Cancellation("s1", "replaced")], false);

        var result = Validator().Validate(Promotion(), log, decision, Monday10);

        Assert.Equal("s1", Assert.Single(result.Cancel).ScheduledId);
        Assert.Single(result.Schedule);
        Assert.Empty(result.Refusals);
    }

    [Fact]
    public void Validate_RefusesASecondEmailTheSameDay_WhenMaxPerDayIsOne()
    {
        var log = new JourneyLog([EmailTaken(Monday10.AddHours(-1))]);

        var result = Validator().Validate(Promotion(), log, Act(SendEmail()), Monday10);

        Assert.Contains("at most once a day", Assert.Single(result.Refusals).Reason);
    }

    [Fact]
    public void Validate_AllowsAnEmailTheNextDay_WhenMaxPerDayIsOne()
    {
        var log = new JourneyLog([EmailTaken(Monday10.AddHours(-1))]);

        var result = Validator().Validate(Promotion(), log, Plan(EmailAfter("1 day")), Monday10);

        Assert.Single(result.Schedule);
        Assert.Empty(result.Refusals);
    }

    [Fact]
    public void Validate_MovesAnActNowInsideQuietHours_ToTheWindowsEnd()
    {
        var journey = Promotion(new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), "Europe/Berlin"));
        var lateEvening = new DateTimeOffset(2026, 11, 23, 22, 30, 0, TimeSpan.Zero); // 23:30 in Berlin

        var result = Validator().Validate(journey, Empty, Act(SendEmail()), lateEvening);

        Assert.Empty(result.RunNow);
        var moved = Assert.Single(result.Schedule);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero), moved.DueAt); // 08:00 Berlin
        Assert.StartsWith("Moved out of quiet hours", moved.Reason);
    }

    [Fact]
    public void Validate_MovesAScheduledActionThatLandsInQuietHours()
    {
        var journey = Promotion(new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), "Europe/Berlin"));

        var result = Validator().Validate(journey, Empty, Plan(EmailAfter("12 hours")), Monday10);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero), Assert.Single(result.Schedule).DueAt);
    }

    [Fact]
    public void Validate_RefusesAMovedAction_WhenTheMorningAlreadyHasTheDaysEmail()
    {
        var journey = Promotion(new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), "Europe/Berlin"));
        var lateEvening = new DateTimeOffset(2026, 11, 23, 22, 30, 0, TimeSpan.Zero);
        var log = new JourneyLog([ContextEntry.Scheduled(Monday10, "s1", "email_send", [], new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), "tomorrow")]);

        var result = Validator().Validate(journey, log, Act(SendEmail()), lateEvening);

        Assert.Empty(result.Schedule);
        Assert.Contains("2026-11-24", Assert.Single(result.Refusals).Reason);
    }

    [Fact]
    public void Validate_RefusesCancellingAnUnknownId()
    {
        var decision = new Decision("bought", [], [], [new Cancellation("nope", "bought")], false);

        var result = Validator().Validate(Promotion(), Empty, decision, Monday10);

        Assert.Empty(result.Cancel);
        Assert.Equal("No scheduled action has the id nope.", Assert.Single(result.Refusals).Reason);
    }

    [Fact]
    public void Validate_RefusesCancellingAnActionThatAlreadyRan()
    {
        var log = new JourneyLog(
        [
            ContextEntry.Scheduled(Monday10.AddDays(-1), "s1", "email_send", [], Monday10.AddHours(-1), "remind"),
            ContextEntry.Taken(Monday10.AddHours(-1), "email_send", [], null, null, "s1"),
        ]);
        var decision = new Decision("bought", [], [], [new Cancellation("s1", "bought")], false);

        var result = Validator().Validate(Promotion(), log, decision, Monday10);

        Assert.Contains("already ran or was cancelled", Assert.Single(result.Refusals).Reason);
    }

    [Fact]
    public void Validate_DoesNotPutAnActionToAReviewerAgain_OnceTheyTurnedItDown()
    {
        var sms = new DecidedAction("sms_send", new JsonObject { ["to"] = "+15550100", ["body"] = "Last chance" }, "not opened");
        var declined = new JourneyLog([ContextEntry.NotApproved(Monday10.AddHours(-1), "sch_1", "sms_send", "rejected")]);
        var cancelledOtherwise = new JourneyLog([ContextEntry.Cancelled(Monday10.AddHours(-1), "sch_1", "sms_send", "they bought")]);

        var again = Validator().Validate(Promotion(), declined, Act(sms), Monday10);
        var fine = Validator().Validate(Promotion(), cancelledOtherwise, Act(sms), Monday10);

        Assert.Empty(again.RunNow);
        Assert.Contains("already turned down 'sms_send'", Assert.Single(again.Refusals).Reason);
        Assert.Single(fine.RunNow);
    }

    [Fact]
    public void Validate_RefusesAnActionWithoutItsRequiredParameter()
    {
        var decision = Act(new DecidedAction("sms_send", new JsonObject { ["body"] = "hi" }, null));

        var result = Validator().Validate(Promotion(), Empty, decision, Monday10);

        Assert.Contains("'to'", Assert.Single(result.Refusals).Reason);
    }

    [Theory]
    [InlineData(null, "A scheduled action needs 'at'")]
    [InlineData("soonish", "'after' should be a duration")]
    public void Validate_RefusesAScheduleWithoutAUsableTime(string? after, string expected)
    {
        var decision = Plan(new ScheduleRequest("update_crm", [], null, after, "later"));

        var result = Validator().Validate(Promotion(), Empty, decision, Monday10);

        Assert.StartsWith(expected, Assert.Single(result.Refusals).Reason);
    }

    [Fact]
    public void Validate_RefusesAScheduleInThePast()
    {
        var decision = Plan(new ScheduleRequest("update_crm", [], Monday10.AddDays(-1), null, "yesterday"));

        var result = Validator().Validate(Promotion(), Empty, decision, Monday10);

        Assert.EndsWith("is in the past.", Assert.Single(result.Refusals).Reason);
    }

    [Fact]
    public void Validate_CancelsEverythingPending_WhenTheDecisionFinishesTheJourney()
    {
        var log = new JourneyLog([ContextEntry.Scheduled(Monday10, "s1", "email_send", [], Monday10.AddDays(2), "remind")]);
        var decision = new Decision("bought", [], [EmailAfter("1 day")], [], true);

        var result = Validator().Validate(Promotion(), log, decision, Monday10);

        Assert.True(result.Finish);
        Assert.Equal("s1", Assert.Single(result.Cancel).ScheduledId);
        Assert.Empty(result.Schedule);
        Assert.Contains("finishes the journey", Assert.Single(result.Refusals).Reason);
    }

    [Fact]
    public void Validate_RefusesEverything_AfterTheJourneyFinished()
    {
        var log = new JourneyLog([ContextEntry.Ended(Monday10.AddDays(-1), "bought")]);

        var result = Validator().Validate(Promotion(), log, Act(SendEmail()), Monday10);

        Assert.Empty(result.RunNow);
        Assert.Equal("The journey already finished for this contact.", Assert.Single(result.Refusals).Reason);
    }
}
