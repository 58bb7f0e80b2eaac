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
/// Keeps the components it creates, so a benchmark can act on one as the page would, and sends
/// the browser's events to elements marked with a data-testid or data-field.
/// </summary>
internal sealed class HeadlessRenderer : Renderer
{
    private readonly Recorder _recorder;
    private readonly List<int> _roots = [];

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

    /// <summary>Render batches sent so far: each is one message to the browser and one DOM patch.</summary>
    public int Batches { get; private set; }

    /// <summary>The id of the handler the element marked <paramref name="marker"/> (its data-testid or data-field) has for an event now.</summary>
    public Task<ulong> HandlerAsync(string marker, string eventName) => Dispatcher.InvokeAsync(() => HandlerOf(marker, "on" + eventName));

    /// <summary>Sends a browser event to a handler, as a circuit does: the renders it causes go out as one batch.</summary>
    public Task DispatchAsync(ulong handler, EventArgs args) => Dispatcher.InvokeAsync(() => DispatchEventAsync(handler, null, args));

    public Task RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent => Dispatcher.InvokeAsync(() =>
        {
            var id = AssignRootComponentId(InstantiateComponent(typeof(TComponent)));
            _roots.Add(id);
            return RenderRootComponentAsync(id, ParameterView.FromDictionary(parameters));
        });

    // Walks the components' current frames; an element's attributes follow it.
    private ulong HandlerOf(string marker, string attribute)
    {
        var pending = new Stack<int>(_roots);
        while (pending.TryPop(out var component))
        {
            var frames = GetCurrentRenderTreeFrames(component);
            for (var i = 0; i < frames.Count; i++)
            {
                var frame = frames.Array[i];
                if (frame.FrameType == RenderTreeFrameType.Component)
                {
                    pending.Push(frame.ComponentId);
                }
                else if (frame.FrameType == RenderTreeFrameType.Element)
                {
                    var attributes = frames.Array.Skip(i + 1).Take(frames.Count - i - 1).TakeWhile(f => f.FrameType == RenderTreeFrameType.Attribute).ToList();
                    if (attributes.Any(f => f.AttributeName is "data-testid" or "data-field" && Equals(f.AttributeValue, marker))
                        && attributes.FirstOrDefault(f => f.AttributeName == attribute && f.AttributeEventHandlerId != 0) is { AttributeEventHandlerId: var id and not 0 })
                    {
                        return id;
                    }
                }
            }
        }
        throw new InvalidOperationException($"No element marked '{marker}' has an {attribute} handler.");
    }

    protected override void HandleException(Exception exception) => Problems.Add(exception);

    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
    {
        Batches++;
        return Task.CompletedTask;
    }

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
