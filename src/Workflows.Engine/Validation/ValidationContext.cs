using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Validation;

/// <summary>The workflow under validation, with graph facts computed once and shared by the rules.</summary>
public sealed class ValidationContext(WorkflowDefinition definition, ActionCatalog actions, ISecretDecryptor? secrets = null)
{
    private readonly Dictionary<string, HashSet<string>> _reachable = new(StringComparer.Ordinal);
    private Dictionary<string, HashSet<string>>? _loopBodies;

    public WorkflowDefinition Definition { get; } = definition;

    public WorkflowGraph Graph { get; } = WorkflowGraph.For(definition);

    public ActionCatalog Actions { get; } = actions;

    /// <summary>Opens the workflow's own secrets; null where no keys are at hand, and then they are not checked.</summary>
    public ISecretDecryptor? Secrets { get; } = secrets;

    /// <summary>True when <paramref name="earlier"/> can run before <paramref name="later"/> in some run.</summary>
    public bool CanRunBefore(string earlier, string later) => Reachable(earlier).Contains(later);

    public HashSet<string> Reachable(string from)
    {
        if (!_reachable.TryGetValue(from, out var set))
        {
            set = Graph.ReachableFrom(from);
            _reachable[from] = set;
        }
        return set;
    }

    /// <summary>For each loop step, the steps of its body: reachable from its <c>next</c> port without passing the loop again.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> LoopBodies => _loopBodies ??= ComputeLoopBodies();

    /// <summary>The loops whose body contains <paramref name="slug"/>.</summary>
    public IEnumerable<StepDefinition> EnclosingLoops(string slug) =>
        LoopBodies.Where(body => body.Value.Contains(slug)).Select(body => Graph.Find(body.Key)!);

    private Dictionary<string, HashSet<string>> ComputeLoopBodies()
    {
        var bodies = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var loop in Definition.Steps.Where(StepTypes.RepeatsBody))
        {
            var body = new HashSet<string>(StringComparer.Ordinal);
            if (loop.TargetOf(Ports.Next) is { } first && Graph.Find(first) is not null && first != loop.Slug)
            {
                body.Add(first);
                body.UnionWith(Graph.ReachableFrom(first, stopAt: loop.Slug));
                body.Remove(loop.Slug);
            }
            bodies.TryAdd(loop.Slug, body);
        }
        return bodies;
    }
}
