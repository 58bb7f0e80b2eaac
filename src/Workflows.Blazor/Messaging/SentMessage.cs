using System.Text.Json.Nodes;

namespace Workflows.Blazor.Messaging;

/// <summary>What a send step outputs: the outbox message's id, its status, its recipient and, when it was not sent, why.</summary>
public sealed record SentMessage(string MessageId, string Status, string To, string? Note = null)
{
    public static SentMessage Of(string messageId, string channel, string status, string to) =>
        new(messageId, status, to, status == MessageStatuses.Stored
            ? $"Kept in the outbox, not sent ({MessageStatuses.NotSentReason(channel)}). Set one in Settings → Email & SMS to send."
            : null);

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["messageId"] = MessageId, ["status"] = Status, ["to"] = To };
        if (Note is not null)
        {
            json["note"] = Note;
        }
        return json;
    }
}
