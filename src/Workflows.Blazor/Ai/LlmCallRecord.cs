using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Workflows.Blazor.Ai;

/// <summary>What the execution record keeps of one model call: the prompt as sent, the answer, tool calls, usage, latency and model.</summary>
internal static class LlmCallRecord
{
    public static JsonObject Of(IEnumerable<ChatMessage> sent, ChatResponse response, JsonArray toolCalls, TimeSpan latency, string model) => new()
    {
        ["model"] = response.ModelId ?? model,
        ["messages"] = Messages(sent),
        ["response"] = response.Text,
        ["toolCalls"] = toolCalls,
        ["usage"] = new JsonObject
        {
            ["inputTokens"] = response.Usage?.InputTokenCount,
            ["outputTokens"] = response.Usage?.OutputTokenCount,
            ["totalTokens"] = response.Usage?.TotalTokenCount,
        },
        ["latencyMs"] = (long)latency.TotalMilliseconds,
    };

    private static JsonArray Messages(IEnumerable<ChatMessage> messages) =>
        [.. messages.Select(m => new JsonObject { ["role"] = m.Role.Value, ["content"] = m.Text })];
}
