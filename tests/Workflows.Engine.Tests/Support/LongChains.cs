using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Engine.Tests.Support;

/// <summary>Workflows as long as an attacker likes: a trigger and a straight line of steps, each leading to the next.</summary>
public static class LongChains
{
    /// <summary>
    /// A trigger and <paramref name="count"/> set_variables steps in a line; with <paramref name="backToFirst"/> the
    /// last leads back to the first, a cycle without a loop as long as the chain.
    /// </summary>
    public static WorkflowDefinition Linear(int count, bool backToFirst = false)
    {
        var steps = new List<StepDefinition>(count + 1)
        {
            new("start", StepTypes.Trigger, new JsonObject { ["type"] = TriggerTypes.Manual }, Next("s0")),
        };
        for (var i = 0; i < count; i++)
        {
            var next = i + 1 < count ? $"s{i + 1}" : backToFirst ? "s0" : WorkflowTargets.EndNames[0];
            steps.Add(new($"s{i}", StepTypes.Action, new JsonObject { ["type"] = "set_variables", ["parameters"] = new JsonObject { ["n"] = i } },
                new Dictionary<string, string>(StringComparer.Ordinal) { [Ports.Success] = next, [Ports.Error] = WorkflowTargets.EndNames[0] }));
        }
        return new WorkflowDefinition($"Chain of {count}", steps);
    }

    /// <summary>Runs <paramref name="work"/> on a thread with a small stack, so recursion as deep as the input fails here rather than by luck.</summary>
    public static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("The work failed on the small-stack thread.", failure);
    }

    private static Dictionary<string, string> Next(string target) => new(StringComparer.Ordinal) { [Ports.Success] = target };
}
