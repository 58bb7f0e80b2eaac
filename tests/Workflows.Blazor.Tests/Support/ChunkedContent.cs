using System.Net;
using System.Net.Http.Headers;

namespace Workflows.Blazor.Tests.Support;

/// <summary>A JSON body of a given size sent without a Content-Length, as chunked uploads are.</summary>
internal sealed class ChunkedContent : HttpContent
{
    private readonly long _length;

    public ChunkedContent(long length)
    {
        _length = length;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)' ');
        for (var sent = 0L; sent < _length; sent += chunk.Length)
        {
            await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, _length - sent)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
