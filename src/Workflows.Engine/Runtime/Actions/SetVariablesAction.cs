using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime.Actions;

/// <summary><c>set_variables</c>: stores its parameters as run variables (<c>{{variables.name}}</c>) and outputs them.</summary>
public sealed class SetVariablesAction : IActionHandler
{
    public const string Name = "set_variables";

    public ActionDeclaration Declaration { get; } = new(
        Name, "utility", "Stores values for later steps, readable as {{variables.name}}.", [])
    {
        AcceptsAnyParameters = true,
    };

    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(new ActionResult(invocation.Parameters.DeepClone()) { Variables = (JsonObject)invocation.Parameters.DeepClone() });
}
