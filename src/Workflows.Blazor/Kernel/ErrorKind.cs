namespace Workflows.Blazor.Kernel;

/// <summary>What sort of refusal an <see cref="AppException"/> is; each entry point decides how to show it.</summary>
public enum ErrorKind
{
    /// <summary>The request does not make sense as given.</summary>
    Invalid,

    /// <summary>What the request names does not exist.</summary>
    NotFound,

    /// <summary>The request clashes with the current state (a name taken, an item already decided).</summary>
    Conflict,

    /// <summary>The caller may not do this, whoever they are signed in as.</summary>
    Forbidden,
}
