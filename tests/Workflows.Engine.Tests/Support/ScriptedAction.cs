using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Tests.Support;

/// <summary>
/// Stands in for one of the host's actions: declared like a real one, returns a canned output
/// (or the output of a function of its parameters), or fails, and records every call.
/// </summary>
public sealed class ScriptedAction(ActionDeclaration declaration, Func<ActionInvocation, JsonNode?> respond) : IActionHandler
{
    private readonly List<RecordedInvocation> _invocations = [];

    public ScriptedAction(ActionDeclaration declaration, JsonNode? output)
        : this(declaration, _ => output?.DeepClone())
    {
    }

    public ActionDeclaration Declaration { get; } = declaration;

    public IReadOnlyList<RecordedInvocation> Invocations => _invocations;

    /// <summary>When set, every call fails with this message, as a down mail server would.</summary>
    public string? FailWith { get; set; }

    public Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _invocations.Add(new RecordedInvocation((JsonObject)invocation.Parameters.DeepClone(), invocation.IdempotencyKey));
        if (FailWith is { } message)
        {
            throw new StepFailedException(message);
        }
        return Task.FromResult(new ActionResult(respond(invocation)));
    }

    public sealed record RecordedInvocation(JsonObject Parameters, string IdempotencyKey);
}
