using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Support;

/// <summary>An action known only by its declaration, for tests of what the editor shows about it; running it produces nothing.</summary>
internal sealed class DeclaredAction(ActionDeclaration declaration) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = declaration;

    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) => Task.FromResult(new ActionResult(null));
}
