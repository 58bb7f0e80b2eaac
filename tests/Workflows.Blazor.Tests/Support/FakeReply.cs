using System.Text.Json.Nodes;

namespace Workflows.Blazor.Tests.Support;

/// <summary>One scripted answer of the <see cref="FakeOpenAiServer"/>: text, or calls of functions with arguments.</summary>
internal sealed record FakeReply(string? Text, IReadOnlyList<(string Name, JsonObject Arguments)> ToolCalls)
{
    public static FakeReply Say(string text) => new(text, []);

    public static FakeReply Call(string name, JsonObject arguments) => new(null, [(name, arguments)]);
}
