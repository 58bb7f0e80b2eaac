using System.Text.Json.Nodes;
using MudBlazor;
using Workflows.Engine.Journeys;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Components.Pages.Journeys;

/// <summary>How the timeline shows one context entry: an icon, a colour, a headline, the detail in words (the model's reasons, refusals) and the data it carried.</summary>
public sealed record EntryView(string Icon, Color Color, string Title, string? Detail, JsonNode? Data = null)
{
    public static EntryView Of(ContextEntry entry) => entry.Kind switch
    {
        ContextEntryKinds.Input => new(Icons.Material.Outlined.Login, Color.Primary, "Enrolled", null, entry.Data["input"]),
        ContextEntryKinds.AddContext => new(Icons.Material.Outlined.NoteAdd, Color.Info, "Context added", null, entry.Data["context"]),
        ContextEntryKinds.Event => new(Icons.Material.Outlined.Bolt, Color.Info, $"Event {Text(entry.Data["type"])}", null, entry.Data["data"]),
        ContextEntryKinds.Decision => new(Icons.Material.Outlined.Psychology, Color.Secondary, Decided(entry.Data), Text(entry.Data["reasoning"])),
        ContextEntryKinds.DecisionRefused => new(Icons.Material.Outlined.Block, Color.Error,
            (entry.Data["refusals"] as JsonArray)?.All(r => Text(r?["part"]) == "decision") == true ? "No decision" : "Refused by the guardrails",
            string.Join("\n", (entry.Data["refusals"] as JsonArray ?? []).Select(r => $"{Text(r?["part"])}: {Text(r?["reason"])}"))),
        ContextEntryKinds.ActionTaken => entry.Error is { } error
            ? new(Icons.Material.Outlined.ErrorOutline, Color.Error, $"{entry.Action} failed", error)
            : new(Icons.Material.Outlined.Send, Color.Success, $"{entry.Action} {Done(entry)}{(entry.ScheduledId is null ? "" : " (scheduled)")}", Summary(entry.Data["parameters"])),
        ContextEntryKinds.ActionScheduled => new(Icons.Material.Outlined.Schedule, Color.Warning,
            $"{entry.Action} scheduled for {entry.DueAt:yyyy-MM-dd HH:mm} UTC", Text(entry.Data["reason"])),
        ContextEntryKinds.ActionCancelled => new(Icons.Material.Outlined.EventBusy, Color.Default, $"{entry.Action} cancelled", Text(entry.Data["reason"])),
        ContextEntryKinds.WorkflowFinished => Text(entry.Data["status"]) == "completed"
            ? new(Icons.Material.Outlined.AccountTree, Color.Success, $"{entry.Action} completed", null, entry.Data["result"])
            : new(Icons.Material.Outlined.AccountTree, Color.Error, $"{entry.Action} {Text(entry.Data["status"])}", entry.Error),
        ContextEntryKinds.Finished => new(Icons.Material.Outlined.Flag, Color.Success, "Journey finished", Text(entry.Data["reason"])),
        _ => new(Icons.Material.Outlined.Circle, Color.Default, entry.Kind, null, entry.Data),
    };

    /// <summary>A message kept in the outbox because no server is set was not sent, and the timeline says so.</summary>
    private static string Done(ContextEntry entry) =>
        entry.Action is not null && WorkflowCall.WorkflowIdOf(entry.Action) is not null ? "started"
        : Text(entry.Data["result"]?["status"]) == "stored" ? "kept in the outbox, not sent"
        : "sent";

    private static string Decided(JsonObject decision)
    {
        var parts = new List<string>();
        Count(parts, decision["actNow"], "now");
        Count(parts, decision["schedule"], "scheduled");
        Count(parts, decision["cancel"], "to cancel");
        if (decision["finished"] is JsonValue finished && finished.GetValue<bool>())
        {
            parts.Add("finish");
        }
        var model = Text(decision["model"]) is { Length: > 0 } name ? $" ({name})" : "";
        return $"Decision{model}: {(parts.Count == 0 ? "wait" : string.Join(", ", parts))}";
    }

    private static void Count(List<string> parts, JsonNode? list, string label)
    {
        if (list is JsonArray { Count: > 0 } items)
        {
            parts.Add($"{items.Count} {label}");
        }
    }

    private static string? Summary(JsonNode? parameters) =>
        parameters is JsonObject p ? string.Join(" · ", p.Where(x => x.Key is "to" or "subject" or "body").Select(x => Text(x.Value))) : null;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : node is null ? null : ReadableJson.Compact(node);
}
