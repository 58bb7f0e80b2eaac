using System.Text;

namespace Workflows.Blazor.Api;

/// <summary>
/// Refuses API and webhook bodies that are not valid UTF-8 before anything reads them, so no text with
/// replacement characters is ever stored. The body is buffered and rewound for the endpoint.
/// </summary>
public sealed class Utf8BodyMiddleware(RequestDelegate next)
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength != 0 && (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/webhooks"))
            && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method)))
        {
            request.EnableBuffering();
            if (!await IsUtf8Async(request.Body, context.RequestAborted))
            {
                throw new BadHttpRequestException("The request body is not valid UTF-8 text.", StatusCodes.Status400BadRequest);
            }
            request.Body.Position = 0;
        }
        await next(context);
    }

    private static async Task<bool> IsUtf8Async(Stream body, CancellationToken cancellationToken)
    {
        var decoder = Strict.GetDecoder();
        var bytes = new byte[16 * 1024];
        var chars = new char[Strict.GetMaxCharCount(bytes.Length)];
        try
        {
            int read;
            while ((read = await body.ReadAsync(bytes, cancellationToken)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
