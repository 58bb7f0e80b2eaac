using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>
/// One entry of a contact's context log. <see cref="Data"/> depends on the kind: for actions it has <c>action</c>,
/// <c>parameters</c> and, when scheduled, the scheduled action's <c>id</c>; for events their <c>type</c> and <c>data</c>.
/// </summary>
public sealed record ContextEntry(string Kind, DateTimeOffset At, JsonObject Data)
{
    public string? Action => Text("action");

    /// <summary>The scheduled action this entry is about (scheduled, taken when due, or cancelled).</summary>
    public string? ScheduledId => Text("scheduledId");

    public string? Error => Text("error");

    public static ContextEntry Input(DateTimeOffset at, JsonNode? input) => new(ContextEntryKinds.Input, at, new JsonObject { ["input"] = input?.DeepClone() });

    public static ContextEntry AddContext(DateTimeOffset at, JsonNode? context) =>
        new(ContextEntryKinds.AddContext, at, new JsonObject { ["context"] = context?.DeepClone() });

    public static ContextEntry Event(DateTimeOffset at, string type, JsonNode? data) =>
        new(ContextEntryKinds.Event, at, new JsonObject { ["type"] = type, ["data"] = data?.DeepClone() });

    /// <summary>An action that ran: its result, or the error it failed with.</summary>
    public static ContextEntry Taken(DateTimeOffset at, string action, JsonObject parameters, JsonNode? result, string? error, string? scheduledId = null) =>
        new(ContextEntryKinds.ActionTaken, at, new JsonObject
        {
            ["action"] = action,
            ["parameters"] = parameters.DeepClone(),
            ["result"] = result?.DeepClone(),
            ["error"] = error,
            ["scheduledId"] = scheduledId,
        });

    public static ContextEntry Scheduled(
        DateTimeOffset at, string scheduledId, string action, JsonObject parameters, DateTimeOffset dueAt, string reason, Repeat? repeat = null) =>
        new(ContextEntryKinds.ActionScheduled, at, new JsonObject
        {
            ["scheduledId"] = scheduledId,
            ["action"] = action,
            ["parameters"] = parameters.DeepClone(),
            ["dueAt"] = dueAt.ToString("O"),
            ["repeat"] = repeat?.ToJson(),
            ["reason"] = reason,
        });

    /// <summary>An accepted scheduled action; when quiet hours moved it, <c>movedFrom</c> says when it was wanted.</summary>
    public static ContextEntry Scheduled(DateTimeOffset at, string scheduledId, PlannedAction planned)
    {
        var entry = Scheduled(at, scheduledId, planned.Action, planned.Parameters, planned.DueAt, planned.Reason, planned.Repeat);
        if (planned.MovedFrom is { } wanted)
        {
            entry.Data["movedFrom"] = wanted.ToString("O");
        }
        return entry;
    }

    /// <summary>
    /// A time of a repeating action that ran, when the series goes on: <c>nextDueAt</c> says when it runs next, and it
    /// stays pending (cancelling its id stops the series).
    /// </summary>
    public static ContextEntry TakenInSeries(DateTimeOffset at, string action, JsonObject parameters, JsonNode? result, string? error, string scheduledId, DateTimeOffset nextDueAt)
    {
        var entry = Taken(at, action, parameters, result, error, scheduledId);
        entry.Data["nextDueAt"] = nextDueAt.ToString("O");
        return entry;
    }

    public static ContextEntry Cancelled(DateTimeOffset at, string scheduledId, string action, string reason) =>
        new(ContextEntryKinds.ActionCancelled, at, new JsonObject { ["scheduledId"] = scheduledId, ["action"] = action, ["reason"] = reason });

    /// <summary>An action that needed approval and was not approved (<paramref name="outcome"/>: rejected, expired, …).</summary>
    public static ContextEntry NotApproved(DateTimeOffset at, string scheduledId, string action, string outcome)
    {
        var entry = Cancelled(at, scheduledId, action, $"A reviewer did not approve it ({outcome.Replace('_', ' ')}).");
        entry.Data["notApproved"] = outcome;
        return entry;
    }

    public static ContextEntry Decided(DateTimeOffset at, Decision decision) => new(ContextEntryKinds.Decision, at, decision.ToJson());

    public static ContextEntry Refused(DateTimeOffset at, IEnumerable<Refusal> refusals) =>
        new(ContextEntryKinds.DecisionRefused, at, new JsonObject
        {
            ["refusals"] = new JsonArray([.. refusals.Select(RefusalJson)]),
        });

    private static JsonNode RefusalJson(Refusal refusal)
    {
        var json = new JsonObject { ["part"] = refusal.Part, ["reason"] = refusal.Reason };
        if (refusal.Cap is { } cap)
        {
            json["cap"] = cap;
        }
        return json;
    }

    /// <summary>A workflow the journey started has ended: how, and what it left (its variables and last step's output).</summary>
    public static ContextEntry WorkflowEnded(DateTimeOffset at, string action, string executionId, string status, JsonNode? result, string? error) =>
        new(ContextEntryKinds.WorkflowFinished, at, new JsonObject
        {
            ["action"] = action,
            ["executionId"] = executionId,
            ["status"] = status,
            ["result"] = result?.DeepClone(),
            ["error"] = error,
        });

    public static ContextEntry Ended(DateTimeOffset at, string reason) => new(ContextEntryKinds.Finished, at, new JsonObject { ["reason"] = reason });

    public DateTimeOffset? DueAt => Text("dueAt") is { } due ? DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture) : null;

    private string? Text(string name) => Data[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
