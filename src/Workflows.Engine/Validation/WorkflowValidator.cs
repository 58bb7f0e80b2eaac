using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Validation;

/// <summary>Checks a workflow and reports every finding, the way the editor shows them live.</summary>
public sealed class WorkflowValidator(ActionCatalog actions)
{
    private static readonly IValidationRule[] Rules =
    [
        new TriggerRule(),
        new StepShapeRule(),
        new ActionRule(),
        new LinkRule(),
        new ReachabilityRule(),
        new CycleRule(),
        new LoopRule(),
        new ErrorPortRule(),
        new TemplateRule(),
        new ExpressionRule(),
        new DurationRule(),
        new RetryRule(),
        new LlmRule(),
    ];

    public ValidationReport Validate(WorkflowDefinition definition)
    {
        if (definition.Steps.Count == 0)
        {
            return new ValidationReport([new ValidationFinding(FindingCodes.EmptyWorkflow, FindingSeverity.Error, null,
                "This workflow has no steps yet. Add a trigger and at least one step.")]);
        }
        var context = new ValidationContext(definition, actions);
        return new ValidationReport(Rules.SelectMany(rule => rule.Check(context)).ToList());
    }
}
