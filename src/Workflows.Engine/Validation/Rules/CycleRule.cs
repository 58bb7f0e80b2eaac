using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>
/// "Don't create circular flows": a cycle must pass through a loop step, which ends once its items run out.
/// Finds the strongly connected parts of the graph with loop steps taken out (Tarjan's algorithm).
/// </summary>
internal sealed class CycleRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        var nodes = context.Definition.Steps.Where(s => s.Type != StepTypes.Loop).Select(s => s.Slug).Distinct().ToList();
        var allowed = nodes.ToHashSet(StringComparer.Ordinal);
        foreach (var component in new Tarjan(context.Graph, allowed).Components(nodes))
        {
            var isCycle = component.Count > 1 || context.Graph.Outgoing(component[0]).Any(l => l.To == component[0]);
            if (isCycle)
            {
                var ordered = context.Definition.Steps.Select(s => s.Slug).Where(component.Contains).ToList();
                yield return Finding.Error(FindingCodes.CycleWithoutLoop, ordered[0],
                    $"Steps {string.Join(" → ", ordered.Append(ordered[0]))} go round in a circle without a loop step, so the run would never end. " +
                    "Use a loop step to repeat work, or point one of these ports elsewhere.");
            }
        }
    }

    private sealed class Tarjan(WorkflowGraph graph, HashSet<string> allowed)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lowLink = new(StringComparer.Ordinal);
        private readonly Stack<string> _stack = new();
        private readonly HashSet<string> _onStack = new(StringComparer.Ordinal);
        private readonly List<List<string>> _components = [];
        private int _counter;

        public List<List<string>> Components(IEnumerable<string> nodes)
        {
            foreach (var node in nodes.Where(n => !_index.ContainsKey(n)))
            {
                Visit(node);
            }
            return _components;
        }

        private void Visit(string node)
        {
            _index[node] = _lowLink[node] = _counter++;
            _stack.Push(node);
            _onStack.Add(node);
            foreach (var next in graph.Outgoing(node).Select(l => l.To).Where(allowed.Contains))
            {
                if (!_index.ContainsKey(next))
                {
                    Visit(next);
                    _lowLink[node] = Math.Min(_lowLink[node], _lowLink[next]);
                }
                else if (_onStack.Contains(next))
                {
                    _lowLink[node] = Math.Min(_lowLink[node], _index[next]);
                }
            }
            if (_lowLink[node] == _index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = _stack.Pop();
                    _onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                _components.Add(component);
            }
        }
    }
}
