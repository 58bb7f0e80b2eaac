using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Workflows.Benchmarks.Journeys;

/// <summary>
/// An OpenAI-compatible endpoint that takes <c>latency</c> to answer every chat completion with a journey decision to
/// wait, as a hosted model might; requests are answered concurrently.
/// </summary>
internal sealed class SlowModelServer : IAsyncDisposable
{
    public const string Model = "bench-model";

    private static readonly string Decision = new JsonObject
    {
        ["reasoning"] = "Nothing to do yet.", ["actNow"] = new JsonArray(), ["schedule"] = new JsonArray(), ["cancel"] = new JsonArray(), ["finished"] = false,
    }.ToJsonString();

    private readonly HttpListener _listener = new();
    private readonly TimeSpan _latency;
    private readonly Task _serving;
    private int _inFlight;

    public SlowModelServer(TimeSpan latency)
    {
        _latency = latency;
        var port = LoopbackPort.Free();
        Endpoint = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    /// <summary>The most requests seen in flight at once: how many decisions ran side by side.</summary>
    public int MostInFlight { get; private set; }

    private async Task ServeAsync()
    {
        try
        {
            while (_listener.IsListening)
            {
                var context = await _listener.GetContextAsync();
                _ = Task.Run(() => AnswerAsync(context));
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        MostInFlight = Math.Max(MostInFlight, now);
        await Task.Delay(_latency);
        Interlocked.Decrement(ref _inFlight);
        var body = new JsonObject
        {
            ["id"] = $"chatcmpl-{Guid.NewGuid():N}",
            ["object"] = "chat.completion",
            ["created"] = 1_795_000_000,
            ["model"] = Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0, ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = Decision }, ["finish_reason"] = "stop",
            }),
        }.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
