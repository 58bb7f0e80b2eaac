namespace Workflows.Engine.Diff;

/// <summary>An output port whose target differs: newly linked, unlinked, or pointing at another step.</summary>
public sealed record LinkChange(string Port, string? Before, string? After)
{
    public ChangeKind Kind => Before is null ? ChangeKind.Added : After is null ? ChangeKind.Removed : ChangeKind.Changed;
}
