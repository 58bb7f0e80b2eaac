using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Engine.Journeys.Evals;

/// <summary>Reads <see cref="ScenarioApprovals"/> from a word ("approved", "rejected") or an object of action to word.</summary>
internal sealed class ScenarioApprovalsConverter : JsonConverter<ScenarioApprovals>
{
    public override ScenarioApprovals Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ScenarioApprovals(Answer(reader.GetString()), new Dictionary<string, string>());
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("approvals is \"approved\", \"rejected\", or an object of action to either.");
        }
        var perAction = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var action = reader.GetString()!;
            reader.Read();
            perAction[action] = Answer(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
        }
        return new ScenarioApprovals(ScenarioApprovals.Approved, perAction);
    }

    public override void Write(Utf8JsonWriter writer, ScenarioApprovals value, JsonSerializerOptions options)
    {
        if (value.PerAction.Count == 0)
        {
            writer.WriteStringValue(value.Default);
            return;
        }
        writer.WriteStartObject();
        foreach (var (action, answer) in value.PerAction)
        {
            writer.WriteString(action, answer);
        }
        writer.WriteEndObject();
    }

    private static string Answer(string? word) => word is ScenarioApprovals.Approved or ScenarioApprovals.Rejected
        ? word
        : throw new JsonException($"An approval is \"approved\" or \"rejected\", not '{word}'.");
}
