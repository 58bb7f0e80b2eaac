using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Engine.Preview;

/// <summary>
/// Ends a preview's waits as the scenario says: a timer when it is due, an event wait when the scenario's event comes
/// (or at its timeout when it does not), an approval at once with the scenario's decision and the form's defaults.
/// </summary>
public static class ScenarioWaits
{
    /// <summary>How the wait ends, or null when nothing in the scenario ever ends it.</summary>
    public static WaitEnd? EndOf(Bookmark bookmark, DateTimeOffset now, PreviewPlan plan) => bookmark.Kind switch
    {
        BookmarkKind.Timer => Due(bookmark, now, "The wait is over."),
        BookmarkKind.Retry => Due(bookmark, now, "Tries the step again."),
        BookmarkKind.Event => EventEnd(bookmark, now, plan),
        BookmarkKind.Approval => Decision(bookmark, now, plan.Scenario.Approval),
        _ => null,
    };

    private static WaitEnd Due(Bookmark bookmark, DateTimeOffset now, string reason)
    {
        var at = bookmark.DueAt is { } due && due > now ? due : now;
        return new WaitEnd(at, BookmarkResolution.DueTimeReached(bookmark, at), reason);
    }

    private static WaitEnd? EventEnd(Bookmark bookmark, DateTimeOffset now, PreviewPlan plan)
    {
        var type = bookmark.EventType ?? "";
        if (plan.Scenario.NextEvent(type, plan.Start, now) is { } at && (bookmark.DueAt is not { } due || at <= due))
        {
            var payload = new JsonObject { ["type"] = type, ["occurredAt"] = at.ToString("O"), ["preview"] = true };
            return new WaitEnd(at, new BookmarkResolution(Ports.Success, payload), $"{type} came on day {plan.DayOf(at)}, as the scenario says.");
        }
        return bookmark.DueAt is null ? null : Due(bookmark, now, $"No {type} came in time: the wait timed out.");
    }

    private static WaitEnd Decision(Bookmark bookmark, DateTimeOffset now, ApprovalChoice choice)
    {
        var approved = choice == ApprovalChoice.Approved;
        var output = new JsonObject
        {
            ["decision"] = approved ? "approved" : "rejected",
            ["reviewer"] = "preview",
            ["decidedAt"] = now.ToString("O"),
            ["fields"] = approved ? FormDefaults(bookmark.Payload) : new JsonObject(),
        };
        var reason = approved ? "Approved, with the form's defaults, as the scenario says." : "Rejected, as the scenario says.";
        return new WaitEnd(now, new BookmarkResolution(approved ? Ports.Approved : Ports.Rejected, output), reason);
    }

    private static JsonObject FormDefaults(JsonObject? request)
    {
        var answers = new JsonObject();
        foreach (var field in request?["fields"] as JsonArray ?? [])
        {
            if (field?["name"] is JsonValue name && name.TryGetValue(out string? key))
            {
                answers[key] = field["default"]?.DeepClone();
            }
        }
        return answers;
    }
}
