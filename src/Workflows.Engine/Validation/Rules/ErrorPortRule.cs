using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>The guide's best practice: actions and LLM steps handle their failures with an <c>error</c> port.</summary>
internal sealed class ErrorPortRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context) =>
        context.Definition.Steps
            .Where(s => s.Type is StepTypes.Action or StepTypes.Llm && s.TargetOf(Ports.Error) is null)
            .Select(s => Finding.Suggestion(FindingCodes.MissingErrorPort, s.Slug,
                $"'{s.Slug}' has no error port: if it fails, the whole run fails. Connect its error port to a step that handles it.",
                "nextSteps.error"));
}
