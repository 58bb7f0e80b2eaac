namespace Workflows.Blazor.Store;

/// <summary>One workflow as its editor, its versions page and the API read it: the draft's JSON and the published version numbers, oldest first.</summary>
public sealed record WorkflowDetails(
    string Id,
    string Name,
    string? Description,
    string DraftJson,
    bool IsActive,
    int? ActiveVersion,
    string? TriggerType,
    IReadOnlyList<int> Versions);
