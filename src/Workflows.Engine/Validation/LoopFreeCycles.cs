using Workflows.Engine.Model;

namespace Workflows.Engine.Validation;

/// <summary>
/// The engine's rule for legal cycles: a cycle must pass through a loop step, which ends once its items run out.
/// Finds the groups of steps that go round in a circle with loop steps taken out (Tarjan's strongly connected components).
/// Shared by the validator and the editor's connection rules so both refuse the same links.
/// </summary>
internal static class LoopFreeCycles
{
    /// <summary>Each group of steps that can reach one another without passing a loop step, in no particular order.</summary>
    public static IEnumerable<List<string>> Find(WorkflowGraph graph)
    {
        var nodes = graph.Definition.Steps.Where(s => !StepTypes.RepeatsBody(s)).Select(s => s.Slug).Distinct().ToList();
        var allowed = nodes.ToHashSet(StringComparer.Ordinal);
        return new Tarjan(graph, allowed).Components(nodes)
            .Where(c => c.Count > 1 || graph.Outgoing(c[0]).Any(l => l.To == c[0]));
    }

    /// <summary>
    /// Tarjan's algorithm with an explicit stack of (step, next link to look at) instead of recursion,
    /// so a chain as long as the workflow cannot exhaust the thread's stack.
    /// </summary>
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

        private void Visit(string root)
        {
            var path = new Stack<(string Node, int NextLink)>();
            Enter(root, path);
            while (path.TryPop(out var frame))
            {
                var (node, nextLink) = frame;
                var links = graph.Outgoing(node);
                if (nextLink < links.Count)
                {
                    path.Push((node, nextLink + 1));
                    var next = links[nextLink].To;
                    if (!allowed.Contains(next))
                    {
                        continue;
                    }
                    if (!_index.ContainsKey(next))
                    {
                        Enter(next, path);
                    }
                    else if (_onStack.Contains(next))
                    {
                        _lowLink[node] = Math.Min(_lowLink[node], _index[next]);
                    }
                    continue;
                }
                if (_lowLink[node] == _index[node])
                {
                    CloseComponent(node);
                }
                if (path.TryPeek(out var parent))
                {
                    _lowLink[parent.Node] = Math.Min(_lowLink[parent.Node], _lowLink[node]);
                }
            }
        }

        private void Enter(string node, Stack<(string, int)> path)
        {
            _index[node] = _lowLink[node] = _counter++;
            _stack.Push(node);
            _onStack.Add(node);
            path.Push((node, 0));
        }

        private void CloseComponent(string node)
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
