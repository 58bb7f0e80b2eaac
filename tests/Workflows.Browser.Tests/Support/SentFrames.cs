using System.Text;
using Microsoft.Playwright;

namespace Workflows.Browser.Tests.Support;

/// <summary>Counts what a page sends the server over its circuit's WebSocket: every frame, and the browser events among them.</summary>
public sealed class SentFrames
{
    private int _frames;
    private int _events;

    public SentFrames(IPage page) => page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
    {
        Interlocked.Increment(ref _frames);
        // Blazor's message names what it carries: a browser event is a call of DispatchEventAsync.
        var text = frame.Text ?? (frame.Binary is { } bytes ? Encoding.ASCII.GetString(bytes) : "");
        if (text.Contains("DispatchEventAsync", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _events);
        }
    };

    public int Frames => Volatile.Read(ref _frames);

    public int Events => Volatile.Read(ref _events);

    /// <summary>
    /// Waits until the page has sent nothing for <paramref name="quiet"/> (half a second unless told): its menus and tabs
    /// finish measuring themselves after they render.
    /// </summary>
    public Task UntilQuietAsync(TimeSpan? quiet = null)
    {
        var last = -1;
        return Poll.UntilAsync(
            () =>
            {
                var now = Frames;
                var unchanged = now == last;
                last = now;
                return unchanged;
            },
            "The page never stopped sending to the server.",
            TimeSpan.FromSeconds(30),
            quiet ?? TimeSpan.FromMilliseconds(500));
    }
}
