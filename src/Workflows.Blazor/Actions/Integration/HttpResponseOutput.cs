using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions.Integration;

/// <summary>
/// A response as the step's output: <c>{ status, ok, headers, body }</c>, the body parsed when it is JSON and
/// text otherwise, read up to <see cref="MaxBodyBytes"/> so a huge answer cannot fill the database or memory.
/// </summary>
internal static class HttpResponseOutput
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // A HEAD response announces the length of a body it does not send.
        var bytes = response.RequestMessage?.Method == HttpMethod.Head ? [] : await ReadCappedAsync(response.Content, cancellationToken);
        return new JsonObject
        {
            ["status"] = (int)response.StatusCode,
            ["ok"] = response.IsSuccessStatusCode,
            ["headers"] = HeadersOf(response),
            ["body"] = BodyOf(bytes, response.Content.Headers.ContentType),
        };
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxBodyBytes)
        {
            throw TooLarge();
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw TooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static StepFailedException TooLarge() =>
        new($"The response is larger than {MaxBodyBytes / (1024 * 1024)} MB, the most a step keeps; ask the server for less (a page, a filter).");

    private static JsonObject HeadersOf(HttpResponseMessage response)
    {
        var headers = new JsonObject();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name.ToLowerInvariant()] = string.Join(", ", values);
        }
        return headers;
    }

    private static JsonNode? BodyOf(byte[] bytes, MediaTypeHeaderValue? contentType)
    {
        if (bytes.Length == 0)
        {
            return null;
        }
        if (IsJson(contentType?.MediaType))
        {
            try
            {
                return JsonNode.Parse(bytes);
            }
            catch (JsonException)
            {
                // A server that labels text as JSON still gets its text through.
            }
        }
        var encoding = contentType?.CharSet is { Length: > 0 } charset ? EncodingFor(charset) : Encoding.UTF8;
        return JsonValue.Create(encoding.GetString(bytes));
    }

    private static bool IsJson(string? mediaType) => mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static Encoding EncodingFor(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
