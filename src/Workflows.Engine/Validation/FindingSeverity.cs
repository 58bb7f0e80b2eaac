namespace Workflows.Engine.Validation;

public enum FindingSeverity
{
    /// <summary>The workflow cannot be activated until this is fixed.</summary>
    Error,

    /// <summary>The workflow runs, but probably not as intended.</summary>
    Warning,
}
