namespace Workflows.Engine.Diff;

/// <summary>How something differs between the older and the newer workflow.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
