namespace Workflows.Engine.Validation.Rules;

/// <summary>"Don't create circular flows": a cycle must pass through a loop step, which ends once its items run out.</summary>
internal sealed class CycleRule : IValidationRule
{
    /// <summary>Steps a finding names before it says how many more there are, so a huge circle gives a readable sentence.</summary>
    private const int NamedSteps = 10;

    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var component in LoopFreeCycles.Find(context.Graph))
        {
            var members = component.ToHashSet(StringComparer.Ordinal);
            var ordered = context.Definition.Steps.Select(s => s.Slug).Where(members.Contains).Distinct().ToList();
            var circle = ordered.Count <= NamedSteps
                ? string.Join(" → ", ordered.Append(ordered[0]))
                : $"{string.Join(" → ", ordered.Take(NamedSteps))} → … ({ordered.Count - NamedSteps:N0} more)";
            yield return Finding.Error(FindingCodes.CycleWithoutLoop, ordered[0],
                $"Steps {circle} go round in a circle without a loop step, so the run would never end. " +
                "Use a loop step to repeat work, or point one of these ports elsewhere.");
        }
    }
}
