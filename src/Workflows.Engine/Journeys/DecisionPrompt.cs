using System.Text;
using System.Text.Json.Nodes;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Journeys;

/// <summary>
/// What the model reads before deciding for one contact: the policy, the allowed actions with their parameters and
/// guardrails (system), and the contact, the starting context and the whole log so far (user).
/// </summary>
public static class DecisionPrompt
{
    public static string System(JourneyDefinition journey, Func<string, ActionDeclaration?> declarations)
    {
        var text = new StringBuilder()
            .AppendLine("You are the state machine of a customer journey. After every new entry in one contact's context log, decide what happens next for that contact, following the journey's policy.")
            .AppendLine()
            .AppendLine("## Policy")
            .AppendLine(journey.Policy.Trim())
            .AppendLine()
            .AppendLine("## Actions you may use (no others)");
        foreach (var allowed in journey.Actions)
        {
            var declaration = declarations(allowed.Action);
            text.Append("- ").Append(allowed.Action).Append(": ").AppendLine(declaration?.Description ?? "");
            foreach (var parameter in declaration?.Parameters ?? [])
            {
                var given = allowed.Defaults?.ContainsKey(parameter.Name) == true ? " (filled in for you when left out)" : "";
                text.Append("  - ").Append(parameter.Name).Append(parameter.Required ? " (required)" : " (optional)")
                    .Append(": ").Append(parameter.Description).AppendLine(given);
            }
            if (Limits(allowed.Guardrails) is { Length: > 0 } limits)
            {
                text.Append("  - limits: ").AppendLine(limits);
            }
        }
        return text.AppendLine()
            .AppendLine("## How to answer")
            .AppendLine("Answer with JSON only. actNow: actions to run right away. schedule: actions to run later, each with 'after' (a delay such as \"3 days\") or 'at' (ISO 8601), and a reason; " +
                "to repeat it (e.g. every 2 days, at most 3 times), add 'repeat' with 'every' and 'times' or 'until', rather than scheduling each time again. " +
                "cancel: scheduledIds of scheduled actions that should no longer run (e.g. a reminder after the contact bought). finished: true once the goal is reached or nothing more should happen. " +
                "When the right move is to wait, give empty lists. The app enforces the limits and refuses anything else; refusals appear in the log.")
            .ToString();
    }

    public static string User(JourneyDefinition journey, JsonNode? contact, JourneyLog log, DateTimeOffset now) => new JsonObject
    {
        ["now"] = now.ToString("O"),
        ["contact"] = contact?.DeepClone(),
        ["startingContext"] = journey.StartingContext.DeepClone(),
        ["log"] = new JsonArray([.. log.Entries.Select(e => (JsonNode)new JsonObject { ["at"] = e.At.ToString("O"), ["kind"] = e.Kind, ["data"] = e.Data.DeepClone() })]),
        ["pendingScheduled"] = new JsonArray([.. log.Pending.Values.Select(e => (JsonNode)new JsonObject
        {
            ["scheduledId"] = e.ScheduledId,
            ["action"] = e.Action,
            ["dueAt"] = e.DueAt?.ToString("O"),
            ["repeat"] = e.Data["repeat"]?.DeepClone(),
            ["reason"] = e.Data["reason"]?.DeepClone(),
        })]),
    }.ToJsonString();

    private static string Limits(ActionGuardrails guardrails)
    {
        var parts = new List<string>();
        if (guardrails.MaxPerContact is { } perContact)
        {
            parts.Add($"at most {perContact} per contact");
        }
        if (guardrails.MaxPerDay is { } perDay)
        {
            parts.Add($"at most {perDay} a day");
        }
        if (guardrails.QuietHours is { } quiet)
        {
            parts.Add($"never between {quiet.Start:HH\\:mm} and {quiet.End:HH\\:mm} ({quiet.TimeZone})");
        }
        if (guardrails.NeedsApproval)
        {
            parts.Add("a reviewer approves it before it runs");
        }
        return string.Join("; ", parts);
    }
}
