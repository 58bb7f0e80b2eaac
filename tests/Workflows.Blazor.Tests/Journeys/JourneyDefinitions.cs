using System.Text.Json.Nodes;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>The seed's promotion journey as the API takes it, with a fresh name per test.</summary>
internal static class JourneyDefinitions
{
    /// <summary>What the fake model answers when asked to turn the promotion's policy into a workflow (locked mode).</summary>
    public const string PolicyAsWorkflow = """
        {"name": "Promotion", "steps": [
          {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "wait_a_bit"}},
          {"stepSlug": "wait_a_bit", "stepType": "wait", "config": {"duration": "3 days"}, "nextSteps": {"success": "end"}}
        ]}
        """;

    public static JsonObject Promotion(int maxEmails = 3, bool smsNeedsApproval = false, string? enrolEvent = null, string mode = "adaptive") => new()
    {
        ["name"] = $"Promotion {Guid.NewGuid():N}"[..20],
        ["policy"] = "Send a promotional email. If not opened in 3 days, remind. If they buy, cancel reminders. Don't repeat more than 3 times.",
        ["mode"] = mode,
        ["startingContext"] = new JsonObject { ["product"] = "Espresso machine" },
        ["audience"] = new JsonObject { ["enrolEvent"] = enrolEvent },
        ["actions"] = new JsonArray(
            new JsonObject
            {
                ["action"] = "email_send",
                ["guardrails"] = new JsonObject { ["maxPerContact"] = maxEmails },
                ["defaults"] = new JsonObject { ["to"] = "{{input.contact.email}}" },
            },
            new JsonObject
            {
                ["action"] = "sms_send",
                ["guardrails"] = new JsonObject { ["needsApproval"] = smsNeedsApproval },
                ["defaults"] = new JsonObject { ["to"] = "{{input.contact.phone}}" },
            }),
    };
}
