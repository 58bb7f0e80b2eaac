using System.Runtime.CompilerServices;

namespace Workflows.Engine.Model;

/// <summary>
/// A definition indexed for walking: steps by slug, the start step and the links between steps.
/// Built once per definition and cached, since definitions are immutable.
/// </summary>
public sealed class WorkflowGraph
{
    private static readonly ConditionalWeakTable<WorkflowDefinition, WorkflowGraph> Cache = new();

    private readonly Dictionary<string, StepDefinition> _stepsBySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StepLink>> _outgoing = new(StringComparer.Ordinal);

    private WorkflowGraph(WorkflowDefinition definition)
    {
        Definition = definition;
        foreach (var step in definition.Steps)
        {
            _stepsBySlug.TryAdd(step.Slug, step);
        }

        var links = new List<StepLink>();
        foreach (var step in definition.Steps)
        {
            foreach (var (port, target) in step.NextSteps)
            {
                if (_stepsBySlug.ContainsKey(target))
                {
                    var link = new StepLink(step.Slug, port, target);
                    links.Add(link);
                    OutgoingList(step.Slug).Add(link);
                }
            }
        }
        Links = links;

        var triggers = definition.Steps.Where(StepTypes.StartsRun).ToList();
        HasExplicitTrigger = triggers.Count > 0;
        Start = HasExplicitTrigger ? triggers[0] : definition.Steps.FirstOrDefault();
    }

    public WorkflowDefinition Definition { get; }

    /// <summary>The step a run starts at: the trigger, or the first step when the workflow has none (an implicit manual trigger).</summary>
    public StepDefinition? Start { get; }

    public bool HasExplicitTrigger { get; }

    public IReadOnlyList<StepLink> Links { get; }

    public static WorkflowGraph For(WorkflowDefinition definition) => Cache.GetValue(definition, d => new WorkflowGraph(d));

    public StepDefinition? Find(string slug) => _stepsBySlug.GetValueOrDefault(slug);

    public IReadOnlyList<StepLink> Outgoing(string slug) =>
        _outgoing.TryGetValue(slug, out var links) ? links : [];

    /// <summary>True when a port target ends the run: empty, or <c>end</c>/<c>finish</c> with no step of that slug.</summary>
    public bool IsEnd(string? target) =>
        string.IsNullOrWhiteSpace(target) || (WorkflowTargets.EndNames.Contains(target) && !_stepsBySlug.ContainsKey(target));

    /// <summary>Every step reachable from <paramref name="from"/> by following links, <paramref name="from"/> excluded unless a cycle returns to it.</summary>
    public HashSet<string> ReachableFrom(string from, string? stopAt = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(from);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var link in Outgoing(current))
            {
                if (seen.Add(link.To) && link.To != stopAt)
                {
                    pending.Push(link.To);
                }
            }
        }
        return seen;
    }

    private List<StepLink> OutgoingList(string slug)
    {
        if (!_outgoing.TryGetValue(slug, out var list))
        {
            list = [];
            _outgoing[slug] = list;
        }
        return list;
    }
}
