using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>The JSON schema the model's decision must follow (sent as the structured-output format).</summary>
public static class DecisionSchema
{
    public const string Name = "journey_decision";

    public static JsonObject Create() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["reasoning"] = Text("why this decision follows from the policy and the context, in one or two sentences"),
            ["actNow"] = List(ActionItem(new JsonObject
            {
                ["reason"] = Text("why now"),
            }, "reason")),
            ["schedule"] = List(ActionItem(new JsonObject
            {
                ["at"] = Text("when, as an ISO 8601 date and time with offset; or leave out and give after"),
                ["after"] = Text("how long from now, e.g. \"3 days\" or \"2 hours\"; or leave out and give at"),
                ["repeat"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "leave out unless the action should run again and again from its first time; cancelling its scheduledId stops the series",
                    ["properties"] = new JsonObject
                    {
                        ["every"] = Text("how long between two times, e.g. \"5 minutes\" or \"2 days\""),
                        ["times"] = new JsonObject { ["type"] = "integer", ["description"] = "how many times in all, counting the first" },
                        ["until"] = Text("no time after this ISO 8601 date and time"),
                    },
                    ["required"] = new JsonArray("every"),
                },
                ["reason"] = Text("why then, e.g. \"remind if the email was not opened\""),
            }, "reason")),
            ["cancel"] = List(new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["scheduledId"] = Text("the scheduledId of an action_scheduled entry that has not run yet"),
                    ["reason"] = Text("why it is no longer wanted"),
                },
                ["required"] = new JsonArray("scheduledId", "reason"),
            }),
            ["finished"] = new JsonObject { ["type"] = "boolean", ["description"] = "true when the journey's goal is reached or nothing more should happen" },
        },
        ["required"] = new JsonArray("reasoning", "actNow", "schedule", "cancel", "finished"),
    };

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    private static JsonObject List(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject ActionItem(JsonObject extra, params string[] extraRequired)
    {
        var properties = new JsonObject
        {
            ["action"] = Text("one of the allowed actions, by name"),
            ["parameters"] = new JsonObject { ["type"] = "object", ["description"] = "the action's parameters" },
        };
        foreach (var (name, schema) in extra)
        {
            properties[name] = schema!.DeepClone();
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. new[] { "action", "parameters" }.Concat(extraRequired).Select(n => (JsonNode)n)]),
        };
    }
}
