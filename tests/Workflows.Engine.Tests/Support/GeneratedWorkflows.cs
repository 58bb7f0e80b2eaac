using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Engine.Tests.Support;

/// <summary>
/// Large workflows of a realistic shape for layout tests and benchmarks: actions with error branches,
/// conditions that skip ahead, loops whose body returns to them. Every link goes to a later step except
/// a loop body's return, and the same seed gives the same workflow.
/// </summary>
public static class GeneratedWorkflows
{
    public static WorkflowDefinition Branching(int count, int seed = 1)
    {
        var random = new Random(seed);
        var returnsTo = new Dictionary<int, int>();
        var openBodies = new Stack<int>();
        var jumpedTo = new HashSet<int>();
        string Target(int i) => i < count ? $"step_{i}" : WorkflowTargets.EndNames[0];
        // A jump never leaves the loop body it starts in, and no loop is started over a step something already jumps to.
        string Jump(int from, int distance)
        {
            var to = openBodies.Count > 0 ? Math.Min(from + distance, openBodies.Peek()) : from + distance;
            jumpedTo.Add(to);
            return Target(to);
        }
        var steps = new List<StepDefinition>
        {
            new("step_0", StepTypes.Trigger, new JsonObject { ["type"] = TriggerTypes.Manual }, Next((Ports.Success, Target(1)))),
        };
        for (var i = 1; i < count; i++)
        {
            while (openBodies.Count > 0 && openBodies.Peek() < i)
            {
                openBodies.Pop();
            }
            var roll = random.Next(10);
            var bodyEnd = i + random.Next(2, 5);
            if (returnsTo.TryGetValue(i, out var loop))
            {
                steps.Add(Action(i, Next((Ports.Success, Target(loop)), (Ports.Error, Target(count)))));
            }
            else if (roll < 2 && bodyEnd < count && (openBodies.Count == 0 || bodyEnd < openBodies.Peek())
                && !jumpedTo.Any(t => t > i && t <= bodyEnd) && returnsTo.TryAdd(bodyEnd, i))
            {
                openBodies.Push(bodyEnd);
                steps.Add(new($"step_{i}", StepTypes.Loop, new JsonObject { ["items"] = "{{input.items}}" },
                    Next((Ports.Next, Target(i + 1)), (Ports.Done, Target(bodyEnd + 1)))));
            }
            else if (roll < 5)
            {
                steps.Add(new($"step_{i}", StepTypes.Condition, new JsonObject { ["expression"] = $"{{{{input.n}}}} > {i}" },
                    Next((Ports.True, Target(i + 1)), (Ports.False, Jump(i, random.Next(2, 6))))));
            }
            else
            {
                steps.Add(Action(i, Next((Ports.Success, Target(i + 1)), (Ports.Error, roll == 9 ? Jump(i, random.Next(2, 8)) : Target(count)))));
            }
        }
        return new WorkflowDefinition($"Generated {count}", steps);
    }

    private static StepDefinition Action(int i, Dictionary<string, string> next) =>
        new($"step_{i}", StepTypes.Action, new JsonObject { ["type"] = "set_variables", ["parameters"] = new JsonObject { ["n"] = i } }, next);

    private static Dictionary<string, string> Next(params (string Port, string Target)[] links) =>
        links.ToDictionary(l => l.Port, l => l.Target, StringComparer.Ordinal);
}
