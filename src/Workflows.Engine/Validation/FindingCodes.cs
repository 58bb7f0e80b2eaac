namespace Workflows.Engine.Validation;

/// <summary>The stable codes of validation findings.</summary>
public static class FindingCodes
{
    public const string EmptyWorkflow = "empty-workflow";
    public const string TooManySteps = "too-many-steps";
    public const string ImplicitTrigger = "implicit-trigger";
    public const string MultipleTriggers = "multiple-triggers";
    public const string UnknownTriggerType = "unknown-trigger-type";
    public const string DuplicateSlug = "duplicate-slug";
    public const string UnknownStepType = "unknown-step-type";
    public const string UnknownActionType = "unknown-action-type";
    public const string UnknownPort = "unknown-port";
    public const string MissingTarget = "missing-target";
    public const string UnreachableStep = "unreachable-step";
    public const string CycleWithoutLoop = "cycle-without-loop";
    public const string LoopNeverReturns = "loop-never-returns";
    public const string MissingErrorPort = "missing-error-port";
    public const string MissingConfig = "missing-config";
    public const string MissingParameter = "missing-parameter";
    public const string InvalidTemplate = "invalid-template";
    public const string UnknownVariable = "unknown-variable";
    public const string StepNotBefore = "step-not-before";
    public const string LoopOutsideLoop = "loop-outside-loop";
    public const string InvalidExpression = "invalid-expression";
    public const string InvalidDuration = "invalid-duration";
    public const string InvalidRetry = "invalid-retry";
    public const string UnknownTool = "unknown-tool";
    public const string InvalidOutputFormat = "invalid-output-format";
    public const string UnescapedData = "unescaped-data";
    public const string InvalidCron = "invalid-cron";
    public const string InvalidTimeZone = "invalid-time-zone";
    public const string InvalidWebhookPath = "invalid-webhook-path";
    public const string CredentialInClear = "credential-in-clear";
    public const string LoopsNestedTooDeep = "loops-nested-too-deep";
    public const string UnboundedListQuery = "unbounded-list-query";
    public const string InvalidSecret = "invalid-secret";
    public const string UnreadableSecret = "unreadable-secret";
    public const string InvalidSplit = "invalid-split";
    public const string SplitPathLeadsNowhere = "split-path-leads-nowhere";
    public const string SplitHoldoutLinked = "split-holdout-linked";
    public const string SplitWeightsNot100 = "split-weights-not-100";
    public const string SplitWithoutContact = "split-without-contact";
    public const string InvalidGoal = "invalid-goal";
}
