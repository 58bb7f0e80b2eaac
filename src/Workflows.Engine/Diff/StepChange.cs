using Workflows.Engine.Model;

namespace Workflows.Engine.Diff;

/// <summary>
/// A step that was added, removed or changed. Added and removed steps carry no field or link
/// changes: the whole step is new or gone. A changed step lists what differs.
/// </summary>
public sealed record StepChange(string Slug, ChangeKind Kind, StepDefinition? Before, StepDefinition? After)
{
    public IReadOnlyList<FieldChange> Fields { get; init; } = [];

    public IReadOnlyList<LinkChange> Links { get; init; } = [];

    /// <summary>The step as it is named in the newer workflow, or in the older one when it was removed.</summary>
    public string DisplayName => (After ?? Before)!.DisplayName;
}
