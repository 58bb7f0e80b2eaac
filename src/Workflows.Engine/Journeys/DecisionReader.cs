using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Common;

namespace Workflows.Engine.Journeys;

/// <summary>Reads a model's decision JSON; lenient about missing lists, strict about shapes, with the problem as a sentence the model can correct.</summary>
public static class DecisionReader
{
    public static (Decision? Decision, string? Problem) Read(JsonNode? node)
    {
        if (node is not JsonObject root)
        {
            return (null, "The decision should be a JSON object.");
        }
        try
        {
            var decision = new Decision(
                Text(root, "reasoning") ?? "",
                Items(root, "actNow").Select(item => new DecidedAction(Required(item, "action"), Parameters(item), Text(item, "reason"))).ToList(),
                Items(root, "schedule").Select(item => new ScheduleRequest(
                    Required(item, "action"), Parameters(item), Moment(item, "at"), Text(item, "after"), Text(item, "reason") ?? "")
                {
                    Repeat = Repetition(item),
                }).ToList(),
                Items(root, "cancel").Select(item => new Cancellation(Required(item, "scheduledId"), Text(item, "reason"))).ToList(),
                root["finished"] is JsonValue finished && finished.GetValueKind() == JsonValueKind.True);
            return (decision, null);
        }
        catch (FormatException ex)
        {
            return (null, ex.Message);
        }
    }

    private static IEnumerable<JsonObject> Items(JsonObject root, string name) => root[name] switch
    {
        null => [],
        JsonArray array => array.Select(item => item as JsonObject ?? throw new FormatException($"Each item of '{name}' should be an object.")),
        _ => throw new FormatException($"'{name}' should be a list."),
    };

    private static string? Text(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static string Required(JsonObject item, string name) =>
        Text(item, name) ?? throw new FormatException($"An item is missing '{name}': {item.ToJsonString()}");

    private static JsonObject Parameters(JsonObject item) => item["parameters"] switch
    {
        null => [],
        JsonObject parameters => (JsonObject)parameters.DeepClone(),
        var other => throw new FormatException($"'parameters' should be an object, not {other.ToJsonString()}."),
    };

    private static DateTimeOffset? Moment(JsonObject item, string name) => Text(item, name) switch
    {
        null => null,
        var text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
        var text => throw new FormatException($"'{name}' should be an ISO 8601 date and time, not '{text}'."),
    };

    /// <summary><c>repeat: { every, until, times }</c>; its bounds are checked against the journey by the validator.</summary>
    private static Repeat? Repetition(JsonObject item) => item["repeat"] switch
    {
        null => null,
        JsonObject repeat => new Repeat(
            DurationParser.TryParse(Text(repeat, "every"), out var every)
                ? every
                : throw new FormatException($"'repeat.every' should be a duration such as \"5 minutes\", not '{Text(repeat, "every")}'."),
            Moment(repeat, "until"),
            repeat["times"] switch
            {
                null => null,
                JsonValue times when times.TryGetValue(out int count) => count,
                var other => throw new FormatException($"'repeat.times' should be a whole number, not {other.ToJsonString()}."),
            }),
        var other => throw new FormatException($"'repeat' should be an object such as {{\"every\": \"5 minutes\", \"times\": 3}}, not {other.ToJsonString()}."),
    };
}
