using Workflows.Engine.Common;
using Workflows.Engine.Editing.Schedules;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Validation;

/// <summary>
/// Checks a workflow and reports every finding, the way the editor shows them live; for a schedule trigger, the report
/// also says when it fires next, read from <paramref name="time"/>. With <paramref name="secrets"/>, the workflow's own
/// secrets are checked to open with this installation's keys.
/// </summary>
public sealed class WorkflowValidator(ActionCatalog actions, WorkflowLimits? limits = null, TimeProvider? time = null, ISecretDecryptor? secrets = null)
{
    private const int FireTimesShown = 5;

    private readonly WorkflowLimits _limits = limits ?? WorkflowLimits.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private static readonly IValidationRule[] Rules =
    [
        new TriggerRule(),
        new StepShapeRule(),
        new LinkRule(),
        new ReachabilityRule(),
        new CycleRule(),
        new ErrorPortRule(),
        new TemplateRule(),
        new DurationRule(),
        new RetryRule(),
        new CredentialRule(),
        new InlineSecretRule(),
        new GoalRule(),
    ];

    /// <summary>True when the report refuses the workflow outright, so it must not be stored even as a draft.</summary>
    public static bool Refuses(ValidationReport report) => report.Findings.Any(f => f.Code == FindingCodes.TooManySteps);

    public ValidationReport Validate(WorkflowDefinition definition)
    {
        if (definition.Steps.Count == 0)
        {
            return new ValidationReport([new ValidationFinding(FindingCodes.EmptyWorkflow, FindingSeverity.Error, null,
                "This workflow has no steps yet. Add a trigger and at least one step.")]);
        }
        if (definition.Steps.Count > _limits.MaxStepsPerWorkflow)
        {
            // Only this finding: checking a workflow of any size would let its size decide how long the check takes.
            return new ValidationReport([new ValidationFinding(FindingCodes.TooManySteps, FindingSeverity.Error, null,
                $"This workflow has {definition.Steps.Count:N0} steps; a workflow may have at most {_limits.MaxStepsPerWorkflow:N0}. " +
                "Split it into smaller workflows.")]);
        }
        var context = new ValidationContext(definition, actions, secrets);
        var findings = Rules.SelectMany(rule => rule.Check(context)).ToList();
        return new ValidationReport(findings)
        {
            NextFireTimes = CronTimes.NextFireTimes(definition, _time.GetUtcNow(), FireTimesShown),
        };
    }
}
