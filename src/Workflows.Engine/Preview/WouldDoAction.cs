using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Preview;

/// <summary>
/// Stands in for an action with a side effect (a write, a message, a call out) during a preview: it is declared as the
/// real one, so its parameters are rendered and checked as usual and the step's record shows what it would do, but the
/// real action never runs. Later steps read an output made of the declared fields' examples.
/// </summary>
public sealed class WouldDoAction(ActionDeclaration declaration) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = declaration;

    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(new ActionResult(ExampleOutput.Of(Declaration.Outputs)));
}
