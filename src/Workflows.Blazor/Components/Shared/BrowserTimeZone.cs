using System.Runtime.CompilerServices;
using Microsoft.JSInterop;

namespace Workflows.Blazor.Components.Shared;

/// <summary>
/// The reader's time zone, asked of the browser once per circuit (one <see cref="IJSRuntime"/> per circuit) and
/// shared by every time on their pages. UTC while it cannot be asked (prerendering) or when the zone is unknown here.
/// </summary>
public static class BrowserTimeZone
{
    private static readonly ConditionalWeakTable<IJSRuntime, Task<TimeZoneInfo>> Zones = [];

    public static Task<TimeZoneInfo> OfAsync(IJSRuntime js) => Zones.GetValue(js, AskAsync);

    private static async Task<TimeZoneInfo> AskAsync(IJSRuntime js)
    {
        try
        {
            await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/time-zone.js");
            var id = module is null ? null : await module.InvokeAsync<string?>("timeZone");
            return id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
        }
        catch (Exception ex) when (ex is JSException or InvalidOperationException or JSDisconnectedException or TaskCanceledException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
