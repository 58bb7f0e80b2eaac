namespace Workflows.Blazor.Store;

/// <summary>
/// The version each workflow's new runs start on, so starting a run reads no workflow row. <see cref="WorkflowCommands"/>
/// forgets a workflow's entry once a publish, activation, deactivation or deletion committed, so the next start in this app
/// sees it; another instance over the same database sees it within <see cref="Lifetime"/>.
/// </summary>
public sealed class VersionToRunCache(TimeProvider time) : ShortLivedCache<string, VersionToRun>(time, Lifetime)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
}
