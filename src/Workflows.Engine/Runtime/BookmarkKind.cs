namespace Workflows.Engine.Runtime;

public enum BookmarkKind
{
    /// <summary>Resumes at a time.</summary>
    Timer,

    /// <summary>Resumes when an event of a type arrives for the run's subject, or at the timeout.</summary>
    Event,

    /// <summary>Resumes when a person decides, or at the due time.</summary>
    Approval,

    /// <summary>Runs a failed step again once its retry backoff has passed.</summary>
    Retry,
}
