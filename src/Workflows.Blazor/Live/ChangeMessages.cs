using System.Text;
using System.Text.Json;

namespace Workflows.Blazor.Live;

/// <summary>
/// Changes on the wire between instances: JSON messages, each naming the instance that published the changes (so it
/// can leave its own aside) and as many changes as fit in one message.
/// </summary>
public static class ChangeMessages
{
    private sealed record Message(string From, IReadOnlyList<Change> Changes);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The messages that carry <paramref name="changes"/>, each at most <paramref name="maxBytes"/> long in UTF-8.</summary>
    public static IReadOnlyList<string> Write(string from, IReadOnlyList<Change> changes, int maxBytes)
    {
        var opening = $"{{\"from\":{JsonSerializer.Serialize(from, Json)},\"changes\":[";
        const string Closing = "]}";
        var messages = new List<string>();
        var message = new StringBuilder(opening);
        var bytes = Encoding.UTF8.GetByteCount(opening) + Closing.Length;
        var count = 0;
        foreach (var change in changes)
        {
            var json = JsonSerializer.Serialize(change, Json);
            var size = Encoding.UTF8.GetByteCount(json) + 1;
            if (count > 0 && bytes + size > maxBytes)
            {
                messages.Add(message.Append(Closing).ToString());
                message.Clear().Append(opening);
                bytes = Encoding.UTF8.GetByteCount(opening) + Closing.Length;
                count = 0;
            }
            message.Append(count == 0 ? "" : ",").Append(json);
            bytes += size;
            count++;
        }
        if (count > 0)
        {
            messages.Add(message.Append(Closing).ToString());
        }
        return messages;
    }

    /// <summary>The publishing instance and the changes of a message; null for a message that is not one of these.</summary>
    public static (string From, IReadOnlyList<Change> Changes)? Read(string message)
    {
        try
        {
            return JsonSerializer.Deserialize<Message>(message, Json) is { From: { } from, Changes: { } changes } ? (from, changes) : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
