using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.Logging.Abstractions;

// Renderer is the framework type bUnit and the server build on; nothing here depends on a render batch's contents.
#pragma warning disable BL0006

namespace Workflows.Benchmarks.Editor;

/// <summary>
/// Blazor's own renderer with no browser behind it: components render and diff as in a circuit and the diffs go
/// nowhere, so a render costs what it costs a server, without a test library building a DOM of its output.
/// Keeps the components it creates, so a benchmark can act on one as the page would.
/// </summary>
internal sealed class HeadlessRenderer : Renderer
{
    private readonly Recorder _recorder;

    public HeadlessRenderer(IServiceProvider services)
        : this(services, new Recorder())
    {
    }

    private HeadlessRenderer(IServiceProvider services, Recorder recorder)
        : base(services, NullLoggerFactory.Instance, recorder) => _recorder = recorder;

    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    /// <summary>Problems components reported; with no browser, their calls into JavaScript are among them.</summary>
    public List<Exception> Problems { get; } = [];

    public IEnumerable<T> Components<T>() => _recorder.Created.OfType<T>();

    public Task RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent => Dispatcher.InvokeAsync(() =>
        RenderRootComponentAsync(AssignRootComponentId(InstantiateComponent(typeof(TComponent))), ParameterView.FromDictionary(parameters)));

    protected override void HandleException(Exception exception) => Problems.Add(exception);

    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch) => Task.CompletedTask;

    private sealed class Recorder : IComponentActivator
    {
        public List<IComponent> Created { get; } = [];

        public IComponent CreateInstance([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] Type componentType)
        {
            var component = (IComponent)Activator.CreateInstance(componentType)!;
            Created.Add(component);
            return component;
        }
    }
}
