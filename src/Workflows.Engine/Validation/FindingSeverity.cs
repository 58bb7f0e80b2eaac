namespace Workflows.Engine.Validation;

public enum FindingSeverity
{
    /// <summary>The workflow cannot be activated until this is fixed.</summary>
    Error,

    /// <summary>The workflow runs, but probably not as intended.</summary>
    Warning,

    /// <summary>
    /// The workflow runs as written; the user guide's best practice would make it sturdier or clearer
    /// (an error port on every action, an explicit trigger). Listed, never badged on the canvas.
    /// </summary>
    Suggestion,
}
