using System.Text.Encodings.Web;
using System.Text.Json;
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

    /// <exception cref="FormatException">The JSON does not describe a journey; the message says where.</exception>
    public static JourneyDefinition Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<JourneyDefinition>(json, Options) ?? throw new FormatException("The journey JSON is empty.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The journey JSON is not valid at {ex.Path ?? "$"}: {ex.Message.Split(". ")[0]}.", ex);
        }
    }
}
