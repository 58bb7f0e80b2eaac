using Microsoft.JSInterop;

namespace Workflows.Blazor.Components.Shared;

/// <summary>
/// One of the app's ES modules (wwwroot/js), imported on first use by a component, and the object it attached
/// for that component (a listener or controller with a dispose()); disposing this releases both.
/// </summary>
public sealed class JsModule(IJSRuntime js, string path) : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private IJSObjectReference? _attached;

    public async ValueTask<IJSObjectReference> ImportAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", path);

    /// <summary>Calls an export that returns an object with a dispose(), which runs when this module is disposed.</summary>
    public async ValueTask<IJSObjectReference> AttachAsync(string export, params object?[] args)
    {
        var module = await ImportAsync();
        _attached = await module.InvokeAsync<IJSObjectReference>(export, args);
        return _attached;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_attached is not null)
            {
                await _attached.InvokeVoidAsync("dispose");
                await _attached.DisposeAsync();
            }
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone, and with it whatever the module attached.
        }
    }
}
