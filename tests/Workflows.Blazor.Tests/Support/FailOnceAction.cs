using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Support;

/// <summary><c>test.fail_once</c>: fails on its first call and succeeds on every call after, counting them.</summary>
internal sealed class FailOnceAction : IActionHandler
{
    private int _calls;

    public int Calls => _calls;

    public ActionDeclaration Declaration { get; } = new("test.fail_once", "test", "Fails the first time it runs.", []) { Effect = Effect.CallsOut };

    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        if (call == 1)
        {
            throw new StepFailedException("The downstream system is unavailable (first call fails on purpose).");
        }
        return Task.FromResult(new ActionResult(new JsonObject { ["call"] = call }));
    }
}
