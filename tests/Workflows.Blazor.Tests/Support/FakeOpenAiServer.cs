using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 that answers with scripted replies, in the real wire
/// format (tool calls, usage), and keeps every request it was sent. Once the script is used up it answers
/// <see cref="Fallback"/>, or "ok".
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    public const string Model = "fake-model";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private readonly Task _serving;
    private int _callIds;

    public FakeOpenAiServer()
    {
        var root = $"http://127.0.0.1:{LoopbackPort.Free()}/";
        Endpoint = root + "v1";
        _listener.Prefixes.Add(root);
        _listener.Start();
        _serving = ServeAsync();
    }

    /// <summary>What AI:Endpoint is set to, as for a local server such as Ollama.</summary>
    public string Endpoint { get; }

    /// <summary>The app's settings that make this server its model, as the settings page would configure it.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["AI:Endpoint"] = Endpoint,
        ["AI:Model"] = Model,
        ["AI:ApiKey"] = "local-key",
    };

    /// <summary>The chat-completion request bodies, in the order they came.</summary>
    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    /// <summary>The headers of those requests, in the same order.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Headers { get; } = new();

    /// <summary>What it answers once the script is used up: a model that always decides the same.</summary>
    public FakeReply? Fallback { get; set; }

    /// <summary>While set and not completed, answers wait for it: a model that is still thinking.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public void Script(params FakeReply[] replies)
    {
        _script.Clear();
        Requests.Clear();
        Headers.Clear();
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    private async Task ServeAsync()
    {
        try
        {
            while (true)
            {
                var context = await _listener.GetContextAsync();
                try
                {
                    await AnswerAsync(context);
                }
                catch (Exception ex) when (ex is HttpListenerException or IOException && _listener.IsListening)
                {
                    // A client killed mid-request (the crash tests do so): the next client is still answered.
                }
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        var found = context.Request.HttpMethod == "POST" && context.Request.Url!.AbsolutePath == "/v1/chat/completions";
        if (found)
        {
            Requests.Enqueue(JsonNode.Parse(body)!.AsObject());
            Headers.Enqueue(context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k]!));
        }
        if (Gate is { } gate)
        {
            await gate.Task;
        }
        var reply = _script.TryDequeue(out var next) ? next : Fallback ?? FakeReply.Say("ok");
        var answer = found ? Completion(reply).ToJsonString() : """{"error":{"message":"not found"}}""";
        context.Response.StatusCode = found ? 200 : 404;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(answer);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private JsonObject Completion(FakeReply reply)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text };
        if (reply.ToolCalls.Count > 0)
        {
            message["tool_calls"] = new JsonArray([.. reply.ToolCalls.Select(call => new JsonObject
            {
                ["id"] = $"call_{Interlocked.Increment(ref _callIds)}",
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.Arguments.ToJsonString() },
            })]);
        }
        return new JsonObject
        {
            ["id"] = $"chatcmpl-{Guid.NewGuid():N}",
            ["object"] = "chat.completion",
            ["created"] = 1_795_000_000,
            ["model"] = Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = reply.ToolCalls.Count > 0 ? "tool_calls" : "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 12, ["completion_tokens"] = 5, ["total_tokens"] = 17 },
        };
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
