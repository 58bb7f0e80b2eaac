using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.Json.Nodes;
using Workflows.Blazor.Security.Outbound;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Actions.Integration;

/// <summary>Sentences for the step's error: what went wrong with the call, in the terms of the person who built the workflow.</summary>
internal static class HttpFailureMessages
{
    private const int BodyExcerptLength = 300;

    public static string ForStatus(HttpRequestParameters request, HttpResponseMessage response, JsonNode? body)
    {
        var excerpt = JsonText.ToText(body);
        excerpt = excerpt.Length > BodyExcerptLength ? excerpt[..BodyExcerptLength] + "…" : excerpt;
        return $"{request.Method} {request.Url} answered {(int)response.StatusCode} {response.ReasonPhrase}"
            + (excerpt.Length > 0 ? $": {excerpt}" : ".");
    }

    public static string ForTimeout(HttpRequestParameters request) =>
        string.Create(CultureInfo.InvariantCulture, $"{request.Method} {request.Url} did not finish within {request.Timeout.TotalSeconds:0.###} s (timeoutSeconds).");

    public static string ForFailure(HttpRequestParameters request, HttpRequestException failure)
    {
        if (Find<OutboundRefusedException>(failure) is { } refused)
        {
            return refused.Message;
        }
        if (Find<SocketException>(failure) is { } socket)
        {
            switch (socket.SocketErrorCode)
            {
                case SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain:
                    return $"Could not find the host '{request.Url.Host}': its DNS lookup failed.";
                case SocketError.ConnectionRefused:
                    return $"Nothing answered at {request.Url.Authority}: the connection was refused.";
            }
        }
        if (Find<AuthenticationException>(failure) is { } tls)
        {
            return $"The secure connection to {request.Url.Authority} failed: {tls.Message}";
        }
        return $"{request.Method} {request.Url} failed: {failure.Message}";
    }

    private static T? Find<T>(Exception failure) where T : Exception
    {
        for (Exception? current = failure; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }
        return null;
    }
}
