using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>What the model decided after a new context entry: act now, schedule, cancel, or finish, and why.</summary>
public sealed record Decision(
    string Reasoning,
    IReadOnlyList<DecidedAction> ActNow,
    IReadOnlyList<ScheduleRequest> Schedule,
    IReadOnlyList<Cancellation> Cancel,
    bool Finished)
{
    public static Decision Nothing(string reasoning) => new(reasoning, [], [], [], false);

    public JsonObject ToJson() => new()
    {
        ["reasoning"] = Reasoning,
        ["actNow"] = new JsonArray([.. ActNow.Select(a => (JsonNode)new JsonObject
        {
            ["action"] = a.Action,
            ["parameters"] = a.Parameters.DeepClone(),
            ["reason"] = a.Reason,
        })]),
        ["schedule"] = new JsonArray([.. Schedule.Select(s => (JsonNode)new JsonObject
        {
            ["action"] = s.Action,
            ["parameters"] = s.Parameters.DeepClone(),
            ["at"] = s.At?.ToString("O"),
            ["after"] = s.After,
            ["repeat"] = s.Repeat?.ToJson(),
            ["reason"] = s.Reason,
        })]),
        ["cancel"] = new JsonArray([.. Cancel.Select(c => (JsonNode)new JsonObject { ["scheduledId"] = c.ScheduledId, ["reason"] = c.Reason })]),
        ["finished"] = Finished,
    };
}
