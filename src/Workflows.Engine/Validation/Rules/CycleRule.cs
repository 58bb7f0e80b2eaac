namespace Workflows.Engine.Validation.Rules;

/// <summary>"Don't create circular flows": a cycle must pass through a loop step, which ends once its items run out.</summary>
internal sealed class CycleRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var component in LoopFreeCycles.Find(context.Graph))
        {
            var ordered = context.Definition.Steps.Select(s => s.Slug).Where(component.Contains).ToList();
            yield return Finding.Error(FindingCodes.CycleWithoutLoop, ordered[0],
                $"Steps {string.Join(" → ", ordered.Append(ordered[0]))} go round in a circle without a loop step, so the run would never end. " +
                "Use a loop step to repeat work, or point one of these ports elsewhere.");
        }
    }
}
