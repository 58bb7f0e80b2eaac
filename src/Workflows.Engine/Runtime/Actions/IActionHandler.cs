namespace Workflows.Engine.Runtime.Actions;

/// <summary>One action: its declaration and what it does. Adding an action is adding one of these.</summary>
public interface IActionHandler
{
    ActionDeclaration Declaration { get; }

    Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken);
}
