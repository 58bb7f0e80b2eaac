using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Tests.Support;

internal static class EventClientExtensions
{
    /// <summary>Publishes an event and returns the answer: <c>eventId</c>, <c>startedExecutions</c>, <c>resumedExecutions</c>.</summary>
    public static async Task<JsonObject> PublishEventAsync(this HttpClient client, string type, string? subjectId, object? data)
    {
        using var response = await client.PostAsJsonAsync("/api/events", new { type, subjectId, data });
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static IReadOnlyList<string> Ids(this JsonNode? array) => array!.AsArray().Select(id => id!.GetValue<string>()).ToList();
}
