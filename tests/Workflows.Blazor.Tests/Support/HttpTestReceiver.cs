using System.Collections.Concurrent;
using System.Net;

namespace Workflows.Blazor.Tests.Support;

/// <summary>An HTTP endpoint on 127.0.0.1 that answers every request with <see cref="Status"/> and keeps what it was sent.</summary>
internal sealed class HttpTestReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public HttpTestReceiver()
    {
        Url = $"http://127.0.0.1:{LoopbackPort.Free()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Url { get; }

    public int Status { get; set; } = 200;

    /// <summary>A JSON body to answer with; none when null.</summary>
    public string? Body { get; set; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    private async Task ServeAsync()
    {
        try
        {
            while (true)
            {
                var context = await _listener.GetContextAsync();
                using var reader = new StreamReader(context.Request.InputStream);
                var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
                Requests.Enqueue(new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, await reader.ReadToEndAsync()));
                context.Response.StatusCode = Status;
                if (Body is { } body)
                {
                    context.Response.ContentType = "application/json";
                    await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(body));
                }
                context.Response.Close();
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
