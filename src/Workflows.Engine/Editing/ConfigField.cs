namespace Workflows.Engine.Editing;

/// <summary>One field of a step's form: where it lives in the config (dotted, e.g. <c>parameters.customerId</c>) and how it is edited.</summary>
public sealed record ConfigField(string Path, string Label, FieldKind Kind, string? Help = null, bool Required = false)
{
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>What people see for an option stored as an id, e.g. "Get customer" for <c>customer.get_by_id</c>.</summary>
    public IReadOnlyDictionary<string, string> OptionLabels { get; init; } = new Dictionary<string, string>();

    public string LabelOf(string option) => OptionLabels.GetValueOrDefault(option) ?? option;
}
