namespace Workflows.Blazor.Tests.Support;

/// <summary>One app with the demo store loaded, shared by a test class whose tests only add data of their own.</summary>
public sealed class DemoStoreApp : IDisposable
{
    public AppFactory Factory { get; } = new AppFactory().WithDemoData();

    public void Dispose() => Factory.Dispose();
}
