using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Actions.Json;

/// <summary>A conversation with its messages in order and the last message's text, as the guide's Pattern 1 reads them.</summary>
public static class ConversationJson
{
    public static JsonObject ToJson(ConversationEntity conversation)
    {
        var messages = conversation.Messages.OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToList();
        var last = messages.LastOrDefault(m => !m.IsDraft);
        return new JsonObject
        {
            ["_id"] = conversation.Id,
            ["id"] = conversation.Id,
            ["customerId"] = conversation.CustomerId,
            ["channel"] = conversation.Channel,
            ["subject"] = conversation.Subject,
            ["status"] = conversation.Status,
            ["createdAt"] = JsonStore.Time(conversation.CreatedAt),
            ["updatedAt"] = JsonStore.Time(conversation.UpdatedAt),
            ["messages"] = new JsonArray(messages.Select(m => (JsonNode)MessageJson(m)).ToArray()),
            ["lastMessage"] = last?.Body,
            ["lastMessageDirection"] = last?.Direction,
        };
    }

    public static JsonObject MessageJson(MessageEntity message) => new()
    {
        ["id"] = message.Id,
        ["direction"] = message.Direction,
        ["author"] = message.Author,
        ["body"] = message.Body,
        ["isDraft"] = message.IsDraft,
        ["sentAt"] = JsonStore.Time(message.SentAt),
    };
}
