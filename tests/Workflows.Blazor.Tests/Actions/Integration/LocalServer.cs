using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflows.Blazor.Tests.Actions.Integration;

/// <summary>A real HTTP server on 127.0.0.1 (Kestrel, a free port) with the endpoints the http_request tests call.</summary>
internal sealed class LocalServer : IAsyncDisposable
{
    public const int HugeBodyBytes = 2 * 1024 * 1024;

    private readonly WebApplication _app;

    private LocalServer(WebApplication app) => _app = app;

    /// <summary>Every request the server received, in order.</summary>
    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public int Port { get; private set; }

    public string Url(string pathAndQuery) => $"http://127.0.0.1:{Port}{pathAndQuery}";

    public static async Task<LocalServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new LocalServer(builder.Build());
        server.Map();
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Port = new Uri(address).Port;
        return server;
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            Received.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body));
            await next(context);
        });
        _app.MapGet("/json", () => Results.Json(new { hello = "world", items = new[] { 1, 2, 3 } }));
        _app.MapGet("/text", () => Results.Text("plain words", "text/plain"));
        _app.MapMethods("/echo", ["POST", "PUT"], (HttpContext context) =>
        {
            var request = Received.Last();
            return Results.Json(new
            {
                method = request.Method,
                authorization = request.Headers.GetValueOrDefault("Authorization"),
                contentType = request.Headers.GetValueOrDefault("Content-Type"),
                body = request.Body,
            });
        });
        _app.MapGet("/redirect", (string to) => Results.Redirect(to));
        _app.MapGet("/loop", () => Results.Redirect("/loop"));
        _app.MapGet("/missing", () => Results.Json(new JsonObject { ["error"] = "no such order" }, statusCode: StatusCodes.Status404NotFound));
        _app.MapGet("/slow", async (HttpContext context) =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller gave up, as the test expects.
            }
        });
        _app.MapGet("/huge", async (HttpContext context, bool announceLength) =>
        {
            context.Response.ContentType = "text/plain";
            if (announceLength)
            {
                context.Response.ContentLength = HugeBodyBytes;
            }
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            try
            {
                for (var sent = 0; sent < HugeBodyBytes; sent += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The caller stopped reading, as the test expects.
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ReceivedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);
