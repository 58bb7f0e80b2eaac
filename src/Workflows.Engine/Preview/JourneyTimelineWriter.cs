using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Preview;

/// <summary>
/// Turns a previewed journey's context log into the lines of the contact's timeline: each decision with its reasoning, each
/// action as "would do" with its rendered content, each action quiet hours moved, each one a cap held back, each wait for later.
/// </summary>
internal sealed class JourneyTimelineWriter(
    JourneyDefinition journey, PreviewPlan plan, Func<string, string> label, Func<string, JsonObject, CancellationToken, Task<PreviewEntry>> render)
{
    public async Task<IReadOnlyList<PreviewEntry>> WriteAsync(JourneyLog log, CancellationToken cancellationToken)
    {
        var entries = new List<PreviewEntry>();
        foreach (var entry in log.Entries)
        {
            if (entry.Kind == ContextEntryKinds.ActionTaken)
            {
                var rendered = await render(entry.Action!, entry.Data["parameters"] as JsonObject ?? [], cancellationToken);
                entries.Add(rendered with { At = entry.At, Day = plan.DayOf(entry.At), StepSlug = entry.Action!, StepName = label(entry.Action!) });
            }
            else
            {
                entries.AddRange(LinesOf(entry));
            }
        }
        if (!log.IsFinished)
        {
            entries.Add(Line(plan.End, "", PreviewEntryKind.StillWaiting, $"Still in the journey when the {plan.Days}-day preview ends."));
        }
        return entries;
    }

    private IEnumerable<PreviewEntry> LinesOf(ContextEntry entry) => entry.Kind switch
    {
        ContextEntryKinds.Input => [Line(entry.At, "", PreviewEntryKind.Ran, "Enters the journey.")],
        ContextEntryKinds.Event => [Line(entry.At, "", PreviewEntryKind.Ran, $"{Text(entry.Data["type"])} comes on day {plan.DayOf(entry.At)}, as the scenario says.")],
        ContextEntryKinds.Decision => [Line(entry.At, "", PreviewEntryKind.Decides, $"Decides: {Text(entry.Data["reasoning"])}")],
        ContextEntryKinds.ActionScheduled => [Scheduled(entry)],
        ContextEntryKinds.ActionCancelled when entry.Data.ContainsKey("notApproved") =>
            [Line(entry.At, entry.Action!, PreviewEntryKind.WaitEnded, $"A reviewer rejects “{label(entry.Action!)}”, as the scenario says.")],
        ContextEntryKinds.ActionCancelled => [Line(entry.At, entry.Action!, PreviewEntryKind.Ran, $"Cancels the planned “{label(entry.Action!)}”: {Text(entry.Data["reason"])}")],
        ContextEntryKinds.DecisionRefused => (entry.Data["refusals"] as JsonArray ?? []).OfType<JsonObject>().Select(r => Refused(entry.At, r)),
        ContextEntryKinds.Finished => [Line(entry.At, "", PreviewEntryKind.Completed, $"Leaves the journey: {Text(entry.Data["reason"])}")],
        _ => [],
    };

    private PreviewEntry Scheduled(ContextEntry entry)
    {
        var action = entry.Action!;
        var due = entry.DueAt ?? entry.At;
        var guardrails = journey.Find(action)?.Guardrails;
        if (entry.Data["movedFrom"] is not null && guardrails?.QuietHours is { } quiet)
        {
            var local = TimeZoneInfo.ConvertTime(due, quiet.Zone);
            return Line(entry.At, action, PreviewEntryKind.Deferred,
                $"“{label(action)}” falls in quiet hours ({quiet.Start:HH\\:mm}–{quiet.End:HH\\:mm} {quiet.TimeZone}), so it waits until day {plan.DayOf(due)}, {local:HH\\:mm}.");
        }
        return guardrails?.NeedsApproval == true
            ? Line(entry.At, action, PreviewEntryKind.NeedsApproval, $"Asks a reviewer to approve “{label(action)}” for day {plan.DayOf(due)}.")
            : Line(entry.At, action, PreviewEntryKind.Waits, $"Plans “{label(action)}” for day {plan.DayOf(due)} ({due:yyyy-MM-dd HH:mm}): {Text(entry.Data["reason"])}");
    }

    /// <summary>A refused part of a decision; an action's part names it last (<c>actNow[0] email_send</c>).</summary>
    private PreviewEntry Refused(DateTimeOffset at, JsonObject refusal)
    {
        var part = Text(refusal["part"]);
        var action = part.StartsWith("actNow", StringComparison.Ordinal) || part.StartsWith("schedule", StringComparison.Ordinal) ? part[(part.LastIndexOf(' ') + 1)..] : "";
        return refusal["cap"] is null
            ? Line(at, action, PreviewEntryKind.Refused, $"Refused: {Text(refusal["reason"])}")
            : Line(at, action, PreviewEntryKind.Capped, $"The cap holds back “{label(action)}”: {Text(refusal["reason"])}");
    }

    private PreviewEntry Line(DateTimeOffset at, string action, PreviewEntryKind kind, string summary) =>
        new(at, plan.DayOf(at), action, action.Length == 0 ? "" : label(action), kind, summary);

    private static string Text(JsonNode? node) => node is null ? "" : JsonText.ToText(node);
}
