using Workflows.Engine.Experiments;

namespace Workflows.Engine.Validation.Rules;

/// <summary>The workflow's conversion goals (<see cref="ConversionGoals"/>) can be measured (<see cref="GoalProblems"/>).</summary>
internal sealed class GoalRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context) =>
        GoalProblems.Of(context.Definition.Config?[ConversionGoals.ConfigKey], $"config.{ConversionGoals.ConfigKey}")
            .Select(problem => Finding.Error(FindingCodes.InvalidGoal, null, problem.Message, problem.Field));
}
