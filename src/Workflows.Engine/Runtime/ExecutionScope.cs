using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Runtime;

/// <summary>
/// What templates in a running step can read: <c>input</c>, <c>steps</c>, <c>loop</c>, <c>variables</c>,
/// <c>secrets</c>, the built-in ids and <c>$now</c>. A bare first name, as the user guide writes
/// <c>{{customer.age}}</c>, is an active loop's item variable (innermost first), else a variable set by
/// <c>set_variables</c>, else a field of the run's input.
/// </summary>
public sealed class ExecutionScope(ExecutionState state, string workflowId, TimeProvider time, ISecretResolver secrets) : ITemplateScope
{
    public static IReadOnlyList<string> BuiltInRoots { get; } =
        ["input", "steps", "loop", "variables", "secrets", "organizationId", "wfDefinitionId", "executionId", "$now"];

    private JsonObject? _secrets;

    public IEnumerable<string> RootNames =>
        BuiltInRoots.Concat(state.Loops.Select(l => l.ItemVariable).OfType<string>())
            .Concat(state.Variables.Select(v => v.Key))
            .Concat(state.Input is JsonObject input ? input.Select(f => f.Key) : []);

    public bool TryGetRoot(string name, out JsonNode? value)
    {
        value = name switch
        {
            "input" => state.Input,
            "steps" => state.Steps,
            "variables" => state.Variables,
            "loop" when state.Loops.Count > 0 => state.Loops[^1].View ??= LoopNode(state.Loops.Count - 1),
            "secrets" => _secrets ??= new JsonObject(secrets.Resolve(state).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            "organizationId" => state.OrganizationId,
            "wfDefinitionId" => workflowId,
            "executionId" => state.ExecutionId,
            "$now" => time.GetUtcNow().ToString("O"),
            _ => null,
        };
        if (value is not null || name is "input")
        {
            return true;
        }
        for (var i = state.Loops.Count - 1; i >= 0; i--)
        {
            if (state.Loops[i].ItemVariable == name)
            {
                value = state.Loops[i].CurrentItem;
                return true;
            }
        }
        return state.Variables.TryGetPropertyValue(name, out value)
            || (state.Input is JsonObject input && input.TryGetPropertyValue(name, out value));
    }

    /// <summary><c>{ item, index, count, parent }</c> for the loop at <paramref name="level"/>, copying items so the scope never re-parents run data.</summary>
    private JsonObject LoopNode(int level)
    {
        var frame = state.Loops[level];
        var node = new JsonObject
        {
            ["item"] = frame.CurrentItem?.DeepClone(),
            ["index"] = frame.Index,
            ["count"] = frame.Items.Count,
        };
        if (level > 0)
        {
            node["parent"] = LoopNode(level - 1);
        }
        return node;
    }
}
