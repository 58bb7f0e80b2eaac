using System.Text.Json.Nodes;

namespace Workflows.Blazor.Messaging;

/// <summary>What a send step outputs: the outbox message's id, its status and its recipient.</summary>
public sealed record SentMessage(string MessageId, string Status, string To)
{
    public JsonObject ToJson() => new() { ["messageId"] = MessageId, ["status"] = Status, ["to"] = To };
}
