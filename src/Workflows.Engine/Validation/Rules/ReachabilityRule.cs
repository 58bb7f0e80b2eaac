namespace Workflows.Engine.Validation.Rules;

/// <summary>Steps no path from the start leads to never run.</summary>
internal sealed class ReachabilityRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        if (context.Graph.Start is not { } start)
        {
            yield break;
        }
        var reachable = new HashSet<string>(context.Reachable(start.Slug)) { start.Slug };
        foreach (var step in context.Definition.Steps.Where(s => !reachable.Contains(s.Slug)))
        {
            yield return Finding.Warning(FindingCodes.UnreachableStep, step.Slug,
                $"No path leads to '{step.Slug}', so it never runs. Connect a port to it or delete it.");
        }
    }
}
