namespace Workflows.Engine.Validation;

/// <summary>One family of checks. The validator runs every rule; a new check is a new rule.</summary>
public interface IValidationRule
{
    IEnumerable<ValidationFinding> Check(ValidationContext context);
}
