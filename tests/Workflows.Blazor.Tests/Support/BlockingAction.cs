using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Support;

/// <summary><c>test.block</c>: runs until its run is cancelled, so a test can hold an execution in the running state.</summary>
internal sealed class BlockingAction : IActionHandler
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public ActionDeclaration Declaration { get; } = new("test.block", "test", "Blocks until the run is cancelled.", []) { Effect = Effect.CallsOut };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return new ActionResult(null);
    }
}
