namespace Workflows.Blazor.Editor;

/// <summary>One field of a step's form: where it lives in the config (dotted, e.g. <c>parameters.customerId</c>) and how it is edited.</summary>
public sealed record ConfigField(string Path, string Label, FieldKind Kind, string? Help = null, bool Required = false)
{
    public IReadOnlyList<string> Options { get; init; } = [];
}
