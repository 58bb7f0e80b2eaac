using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;
using Workflows.Engine.Journeys.Evals;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Tests.Journeys;

/// <summary>The seed's promotion journey: email (at most 3, from quiet hours 21:00–08:00 Berlin), sms (needs approval), a promotion.</summary>
internal static class JourneyFixtures
{
    /// <summary>The shipped eval scenarios, copied next to the tests.</summary>
    public static readonly string ScenarioFolder = Path.Combine(AppContext.BaseDirectory, "evals", "journeys");

    public static readonly DateTimeOffset Monday10 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static readonly ActionDeclaration Email = new("email_send", "messaging", "Sends an email.",
    [
        ActionParameter.Mandatory("to", ParameterType.String, "recipient"),
        ActionParameter.Mandatory("subject", ParameterType.String, "subject"),
        ActionParameter.Mandatory("body", ParameterType.String, "body"),
    ])
    { Effect = Effect.SendsMessage, Label = "Send email" };

    public static readonly ActionDeclaration Sms = new("sms_send", "messaging", "Sends a text.",
    [
        ActionParameter.Mandatory("to", ParameterType.String, "number"),
        ActionParameter.Mandatory("body", ParameterType.String, "text"),
    ])
    { Effect = Effect.SendsMessage };

    public static readonly ActionDeclaration Crm = new("update_crm", "utility", "Updates the CRM.", []) { Effect = Effect.WritesData, AcceptsAnyParameters = true };

    public static JourneyDefinition Promotion(QuietHours? emailQuietHours = null) => new("Promotion",
        "Sell the product. Email first; if not opened after 3 days, SMS. Don't repeat more than 3 times.",
        [
            new AllowedAction("email_send")
            {
                Guardrails = new ActionGuardrails { MaxPerContact = 3, MaxPerDay = 1, QuietHours = emailQuietHours },
                Defaults = new JsonObject { ["to"] = "{{contact.email}}" },
            },
            new AllowedAction("sms_send") { Guardrails = new ActionGuardrails { NeedsApproval = true } },
            new AllowedAction("update_crm"),
        ]);

    public static EvalScenario Scenario(string file) => EvalScenario.Parse(File.ReadAllText(Path.Combine(ScenarioFolder, file)));

    public static DecisionValidator Validator() => new(name => name switch
    {
        "email_send" => Email,
        "sms_send" => Sms,
        "update_crm" => Crm,
        _ => null,
    });

    public static DecidedAction SendEmail(string subject = "Our offer") =>
        new("email_send", new JsonObject { ["subject"] = subject, ["body"] = "Hello" }, "first touch");

    public static ScheduleRequest EmailAfter(string after) =>
        new("email_send", new JsonObject { ["subject"] = "Reminder", ["body"] = "Still thinking?" }, null, after, "remind");

    public static ContextEntry EmailTaken(DateTimeOffset at) =>
        ContextEntry.Taken(at, "email_send", new JsonObject { ["subject"] = "Earlier" }, new JsonObject { ["status"] = "sent" }, null);

    public static Decision Act(params DecidedAction[] now) => new("because", now, [], [], false);

    public static Decision Plan(params ScheduleRequest[] later) => new("because", [], later, [], false);
}
