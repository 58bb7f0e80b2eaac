using MudBlazor.Services;

namespace Workflows.Blazor.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services. MudBlazor's services only dispose asynchronously,
/// so the context is disposed through xunit's async lifetime before its synchronous Dispose runs.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    protected ComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
