using Workflows.Engine.Model;

namespace Workflows.Engine.Runtime.Actions;

/// <summary><c>set_variables</c>: stores its parameters as run variables (<c>{{variables.name}}</c>) and outputs them.</summary>
public sealed class SetVariablesAction : IActionHandler
{
    public const string Name = "set_variables";

    public ActionDeclaration Declaration { get; } = new(
        Name, "Data", "Remembers values under names that later steps can use.", [])
    {
        Label = "Set variables",
        Effect = Effect.None,
        Synonyms = ["store value", "remember", "save value", "variable"],
        AcceptsAnyParameters = true,
    };

    /// <remarks>The variables are the parameters themselves, not a copy: setting them copies each value into the run.</remarks>
    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(new ActionResult(invocation.Parameters.DeepClone()) { Variables = invocation.Parameters });
}
