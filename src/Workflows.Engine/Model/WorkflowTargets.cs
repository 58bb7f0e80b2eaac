namespace Workflows.Engine.Model;

/// <summary>Port targets that mean "stop here" rather than naming a step.</summary>
public static class WorkflowTargets
{
    public static IReadOnlyList<string> EndNames { get; } = ["end", "finish"];
}
