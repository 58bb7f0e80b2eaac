using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>One trigger per workflow; what a trigger needs (cron, path, event type) its declaration checks.</summary>
internal sealed class TriggerRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        var triggers = context.Definition.Steps.Where(StepTypes.StartsRun).ToList();
        if (triggers.Count == 0)
        {
            yield return Finding.Suggestion(FindingCodes.ImplicitTrigger, context.Graph.Start?.Slug,
                $"There is no trigger, so the workflow starts manually at '{context.Graph.Start?.Slug}'. Add a trigger to run it on a schedule, a webhook or an event.");
        }
        foreach (var extra in triggers.Skip(1))
        {
            yield return Finding.Error(FindingCodes.MultipleTriggers, extra.Slug,
                $"A workflow has exactly one trigger; '{triggers[0].Slug}' is already its trigger.");
        }
    }
}
