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

    /// <remarks>
    /// The output and the variables are the parameters themselves, not copies: setting the variables copies each value
    /// into the run, and the output is kept as the step's record and its <c>{{steps.slug.output}}</c>, which nothing changes.
    /// </remarks>
    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(new ActionResult(invocation.Parameters) { Variables = invocation.Parameters });
}
