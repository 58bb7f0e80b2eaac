using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Blazor.Security.Outbound;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Actions.Integration;

/// <summary>The parameters of <c>http_request</c>, read and checked, turned into the request to send.</summary>
internal sealed record HttpRequestParameters(Uri Url, HttpMethod Method, JsonObject Headers, JsonNode? Body, TimeSpan Timeout, bool FailOnError)
{
    public const int DefaultTimeoutSeconds = 30;
    public const int MaxTimeoutSeconds = 120;

    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    public static HttpRequestParameters From(ActionInvocation invocation)
    {
        Uri url;
        try
        {
            url = OutboundUrl.Parse(invocation.RequireString("url"));
        }
        catch (OutboundRefusedException refused)
        {
            throw new StepFailedException(refused.Message);
        }
        var method = (invocation.GetString("method") is { Length: > 0 } text ? text : "GET").Trim().ToUpperInvariant();
        if (!Methods.Contains(method))
        {
            throw new StepFailedException($"'{method}' is not an HTTP method this action sends; use one of {string.Join(", ", Methods)}.");
        }
        return new HttpRequestParameters(
            url,
            new HttpMethod(method),
            invocation.Parameters["headers"] as JsonObject ?? [],
            invocation.Parameters["body"],
            ReadTimeout(invocation.GetString("timeoutSeconds")),
            invocation.GetString("failOnError") is not { } flag || bool.Parse(flag));
    }

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>GET, HEAD and OPTIONS change nothing, so only the other methods carry the step's idempotency key.</summary>
    private static readonly HttpMethod[] SafeMethods = [HttpMethod.Get, HttpMethod.Head, HttpMethod.Options];

    /// <summary>
    /// The request to send. A method that changes something carries <paramref name="idempotencyKey"/> as <c>Idempotency-Key</c>
    /// (unless the designer set that header), so an API that honours it does the work once when the step runs again after a crash.
    /// </summary>
    public HttpRequestMessage ToMessage(string idempotencyKey)
    {
        var message = new HttpRequestMessage(Method, Url) { Content = BodyContent() };
        if (!SafeMethods.Contains(Method) && !Headers.Any(header => header.Key.Equals(IdempotencyKeyHeader, StringComparison.OrdinalIgnoreCase)))
        {
            message.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, idempotencyKey);
        }
        foreach (var (name, value) in Headers)
        {
            if (value is null)
            {
                continue;
            }
            var text = value is JsonValue ? JsonText.ToText(value) : throw new StepFailedException($"Header '{name}' should be text, but is {value.ToJsonString()}.");
            if (!message.Headers.TryAddWithoutValidation(name, text) && !TrySetContentHeader(message, name, text))
            {
                throw new StepFailedException($"'{name}' cannot be sent as a request header.");
            }
        }
        return message;
    }

    private HttpContent? BodyContent() => Body switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => new StringContent(text, Encoding.UTF8, "text/plain"),
        _ => new StringContent(Body.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    /// <summary>Content-Type and its kin belong to the body; without a body there is nothing to describe.</summary>
    private static bool TrySetContentHeader(HttpRequestMessage message, string name, string value)
    {
        if (message.Content is null)
        {
            return false;
        }
        if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
        {
            if (!MediaTypeHeaderValue.TryParse(value, out var mediaType))
            {
                throw new StepFailedException($"'{value}' is not a Content-Type.");
            }
            message.Content.Headers.ContentType = mediaType;
            return true;
        }
        return message.Content.Headers.TryAddWithoutValidation(name, value);
    }

    private static TimeSpan ReadTimeout(string? text)
    {
        if (text is null)
        {
            return TimeSpan.FromSeconds(DefaultTimeoutSeconds);
        }
        var seconds = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return seconds is > 0 and <= MaxTimeoutSeconds
            ? TimeSpan.FromSeconds(seconds)
            : throw new StepFailedException($"timeoutSeconds should be more than 0 and at most {MaxTimeoutSeconds}, but is {text}.");
    }
}
