namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// One app with an empty store, shared by the tests of a class (xunit runs them one after another). Each test works on
/// data of its own (its own workflow, webhook path, contacts) and reads only that, so none depends on another's data or
/// order; a test that changes settings, stops services, moves the clock past others' timers or counts every row of a
/// table keeps an app of its own.
/// </summary>
public sealed class SharedApp : IDisposable
{
    public AppFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
