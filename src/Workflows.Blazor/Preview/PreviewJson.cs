using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Blazor.Preview;

/// <summary>How a preview is written as JSON: as the API writes everything, with its kinds and outcomes as words (<c>wouldDo</c>, <c>stillWaiting</c>).</summary>
public static class PreviewJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
