namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// Dependencies against <see cref="IntendedDependencies"/> that exist today, each with the reason it exists.
/// Remove an entry when its dependency is gone (the test says so); never add one to let new code in.
/// </summary>
internal static class KnownViolations
{
    public static IReadOnlyDictionary<FolderEdge, string> Edges { get; } = new Dictionary<FolderEdge, string>
    {
    };

    /// <summary>
    /// The folders that sit in a dependency cycle today; a fix takes folders out, nothing may add one. Experiments uses only
    /// folders its rule allows; it is in the cycle because Api and Hosting use it and the listed edges above lead from the
    /// folders it uses back to them, so it leaves the cycle when they go.
    /// </summary>
    public static IReadOnlySet<string> FoldersInCycles { get; } = new HashSet<string>
    {
        "Actions", "Ai", "Api", "Components", "Data", "Documents", "Editor", "Experiments", "Hosting",
        "Inbox", "Journeys", "Knowledge", "Messaging", "Runner", "Security", "Store",
    };
}
