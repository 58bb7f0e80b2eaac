using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Workflows.Engine.Common;

namespace Workflows.Engine.Journeys;

/// <summary>Reads and writes a journey definition as JSON (camelCase, modes as "adaptive" and "locked").</summary>
public static class JourneyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NullableAnnotationContract.Enforce } },
    };

    public static string Write(JourneyDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>
    /// Reads a journey as this app writes it or as the journey note writes it: <c>context</c> for <c>startingContext</c>, and
    /// allowed actions as plain names (<c>"action.send_sms"</c>) as well as objects, the note's names standing for the app's actions.
    /// </summary>
    /// <exception cref="FormatException">The JSON does not describe a journey; the message says where.</exception>
    public static JourneyDefinition Parse(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject journey)
            {
                throw new FormatException("A journey is a JSON object with a name, a policy and the actions it may take.");
            }
            return JourneyNoteShapes.Normalise(journey).Deserialize<JourneyDefinition>(Options) ?? throw new FormatException("The journey JSON is empty.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The journey JSON is not valid at {ex.Path ?? "$"}: {ex.Message.Split(". ")[0]}.", ex);
        }
    }
}
