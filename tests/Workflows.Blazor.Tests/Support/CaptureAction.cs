using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Support;

/// <summary><c>test.capture</c>: keeps the parameters it was given, as the step saw them before its record was masked.</summary>
internal sealed class CaptureAction : IActionHandler
{
    public JsonObject? Last { get; private set; }

    public ActionDeclaration Declaration { get; } = new("test.capture", "test", "Keeps its parameters for the test to read.", []) { Effect = Effect.CallsOut, AcceptsAnyParameters = true };

    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        Last = (JsonObject)invocation.Parameters.DeepClone();
        return Task.FromResult(new ActionResult(null));
    }
}
