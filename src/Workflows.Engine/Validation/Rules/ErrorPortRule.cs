using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>The guide's best practice: steps that call out (actions, LLM steps) handle their failures with an <c>error</c> port.</summary>
internal sealed class ErrorPortRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context) =>
        context.Definition.Steps
            .Where(s => StepTypes.Find(s.Type) is { CallsOut: true } && s.TargetOf(Ports.Error) is null)
            .Select(s => Finding.Suggestion(FindingCodes.MissingErrorPort, s.Slug,
                $"'{s.Slug}' has no error port: if it fails, the whole run fails. Connect its error port to a step that handles it.",
                "nextSteps.error"));
}
