using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Editing;

/// <summary>Which links the canvas lets a user draw, checked before the link is added.</summary>
public static class ConnectionRules
{
    /// <summary>The output ports of the step in display order (e.g. true before false, success before error, a split's paths); none for an unknown type.</summary>
    public static IReadOnlyList<string> OutputPorts(StepDefinition step) => StepTypes.PortsOf(step);

    /// <summary>Null when <paramref name="link"/> may be added to <paramref name="definition"/>, else why not.</summary>
    public static ConnectionRefusal? Check(WorkflowDefinition definition, StepLink link)
    {
        var graph = WorkflowGraph.For(definition);
        if (graph.Find(link.From) is not { } from)
        {
            return new(ConnectionProblem.UnknownStep, $"There is no step '{link.From}' to link from.");
        }
        if (graph.Find(link.To) is not { } to)
        {
            return new(ConnectionProblem.UnknownStep, $"There is no step '{link.To}' to link to.");
        }
        if (from.Slug == to.Slug)
        {
            return new(ConnectionProblem.LinkToSelf, $"'{from.DisplayName}' cannot lead to itself. To repeat work, use a loop step.");
        }
        var ports = OutputPorts(from);
        if (!ports.Contains(link.Port))
        {
            return new(ConnectionProblem.UnknownPort, ports.Count == 0
                ? $"'{from.DisplayName}' has an unknown step type '{from.Type}', so it has no ports."
                : $"{Article.Capitalized(StepTypes.Find(from.Type)!.Phrase)} has no '{link.Port}' port; its ports are {string.Join(", ", ports)}.");
        }
        if (from.TargetOf(link.Port) is { } current && graph.Find(current) is { } taken)
        {
            return new(ConnectionProblem.PortInUse, taken.Slug == to.Slug
                ? $"The '{link.Port}' port of '{from.DisplayName}' already leads to '{to.DisplayName}'."
                : $"The '{link.Port}' port of '{from.DisplayName}' already leads to '{taken.DisplayName}'. Delete that link first.");
        }
        if (StepTypes.StartsRun(to))
        {
            return new(ConnectionProblem.TargetIsTrigger, $"'{to.DisplayName}' is the trigger: it starts the workflow, so no step can lead to it.");
        }
        if (MakesLoopFreeCycle(definition, from, link))
        {
            return new(ConnectionProblem.CycleWithoutLoop,
                $"'{to.DisplayName}' already leads back to '{from.DisplayName}', so this link would make the steps go round in a circle without a loop step " +
                "and the run would never end. Only a loop's body may lead back to the loop.");
        }
        return null;
    }

    private static bool MakesLoopFreeCycle(WorkflowDefinition definition, StepDefinition source, StepLink link)
    {
        var next = new Dictionary<string, string>(source.NextSteps, StringComparer.Ordinal) { [link.Port] = link.To };
        var linked = source with { NextSteps = next };
        var proposed = definition with { Steps = definition.Steps.Select(s => ReferenceEquals(s, source) ? linked : s).ToList() };
        return LoopFreeCycles.Find(WorkflowGraph.For(proposed)).Any(c => c.Contains(link.From) && c.Contains(link.To));
    }
}
